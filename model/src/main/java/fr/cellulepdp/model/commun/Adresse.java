package fr.cellulepdp.model.commun;

/** A postal address; every part may be empty except when a letter is sent by post. */
public record Adresse(String ligne1, String ligne2, String codePostal, String ville) {

    public static final Adresse VIDE = new Adresse("", "", "", "");

    public Adresse {
        ligne1 = Textes.nonNul(ligne1);
        ligne2 = Textes.nonNul(ligne2);
        codePostal = Textes.nonNul(codePostal);
        ville = Textes.nonNul(ville);
    }

    /** True when a letter can be posted to it: a street line, a postcode and a town. */
    public boolean estPostale() {
        return !ligne1.isBlank() && !codePostal.isBlank() && !ville.isBlank();
    }

    public boolean estVide() {
        return ligne1.isBlank() && ligne2.isBlank() && codePostal.isBlank() && ville.isBlank();
    }
}
