package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.situation.Assure;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Which password protects the e-mailed letter: something the person knows and the e-mail can explain without
 * revealing it. Empty when the person's file lacks what the rule needs (the letter then goes by post).
 */
public enum RegleMotDePasse implements Libelle {
    DATE_NAISSANCE("Date de naissance (JJMMAAAA)",
            "votre date de naissance, écrite en 8 chiffres JJMMAAAA (par exemple 05031970 pour une naissance le "
                    + "5 mars 1970)"),
    CODE_POSTAL_ANNEE_NAISSANCE("Code postal puis année de naissance",
            "le code postal de votre adresse suivi de votre année de naissance (par exemple 584001970)");

    private final String libelle;
    private final String explication;

    RegleMotDePasse(String libelle, String explication) {
        this.libelle = libelle;
        this.explication = explication;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    /** How the e-mail tells the person the password, without giving it. */
    public String explication() {
        return explication;
    }

    public Optional<String> motDePasse(Assure assure) {
        if (assure.dateNaissance() == null) {
            return Optional.empty();
        }
        return switch (this) {
            case DATE_NAISSANCE -> Optional.of(assure.dateNaissance().format(DateTimeFormatter.ofPattern("ddMMyyyy")));
            case CODE_POSTAL_ANNEE_NAISSANCE -> assure.adresse().codePostal().isBlank() ? Optional.empty()
                    : Optional.of(assure.adresse().codePostal().strip() + assure.dateNaissance().getYear());
        };
    }
}
