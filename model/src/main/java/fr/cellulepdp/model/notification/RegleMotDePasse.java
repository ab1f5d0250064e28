package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.situation.Assure;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Which password protects the e-mailed letter. By default the person's own random code, given on paper
 * ({@link CodeCourriel}); the two rules made of what the file holds remain as an explicit choice of the cell, with
 * {@link #avertissement()}: a date of birth is found by brute force in minutes.
 */
public enum RegleMotDePasse implements Libelle {
    CODE_PERSONNEL("Code personnel remis sur papier (recommandé)", ""),
    DATE_NAISSANCE("Date de naissance (JJMMAAAA) — déconseillé",
            "votre date de naissance, écrite en 8 chiffres JJMMAAAA (par exemple 05031970 pour une naissance le "
                    + "5 mars 1970)"),
    CODE_POSTAL_ANNEE_NAISSANCE("Code postal puis année de naissance — déconseillé",
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

    /** True for the rules made of what the person's file holds: anyone who knows or tries it opens the letter. */
    public boolean devinable() {
        return this != CODE_PERSONNEL;
    }

    /** What the settings show beside a guessable rule (empty for the personal code). */
    public String avertissement() {
        return devinable() ? "Attention : un tel mot de passe se devine. Un ordinateur essaie toutes les dates de "
                + "naissance possibles en quelques minutes ; quiconque intercepte le courriel (messagerie partagée, "
                + "compte piraté) peut alors lire la décision. Préférez le code personnel remis sur papier." : "";
    }

    /**
     * How the e-mail tells the person the password, without giving it.
     *
     * @param code the person's code, for {@link #CODE_PERSONNEL}: the e-mail says where it was given
     */
    public String explication(Optional<CodeCourriel> code) {
        if (this != CODE_PERSONNEL) {
            return "son mot de passe est " + explication;
        }
        return "pour l’ouvrir, saisissez le code personnel de 12 caractères qui vous a été remis "
                + code.filter(CodeCourriel::estRemis).map(CodeCourriel::remisPar).orElse("sur papier")
                + ", tel qu’il est imprimé (majuscules et tirets compris)";
    }

    /**
     * The password of the person's e-mailed copy; empty when the file lacks what the rule needs, or when the
     * person's code has not been given yet (the letter then goes by post).
     */
    public Optional<String> motDePasse(Assure assure, Optional<CodeCourriel> code) {
        if (this == CODE_PERSONNEL) {
            return code.filter(CodeCourriel::estRemis).map(CodeCourriel::code);
        }
        if (assure.dateNaissance() == null) {
            return Optional.empty();
        }
        return switch (this) {
            case DATE_NAISSANCE -> Optional.of(assure.dateNaissance().format(DateTimeFormatter.ofPattern("ddMMyyyy")));
            case CODE_POSTAL_ANNEE_NAISSANCE -> assure.adresse().codePostal().isBlank() ? Optional.empty()
                    : Optional.of(assure.adresse().codePostal().strip() + assure.dateNaissance().getYear());
            case CODE_PERSONNEL -> throw new IllegalStateException();
        };
    }
}
