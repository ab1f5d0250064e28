package fr.cellulepdp.model.document;

import fr.cellulepdp.model.commun.Libelle;

/**
 * What a file of a meeting's folder is, told from its name (the names {@link GenererDocumentsSeance} gives). Only the
 * pseudonymised agenda and extract of the minutes are the partners'; every other file names people.
 */
public enum TypeDocument implements Libelle {
    ORDRE_DU_JOUR("ordre du jour", false),
    ORDRE_DU_JOUR_PARTENAIRES("ordre du jour des partenaires", true),
    PROCES_VERBAL("procès-verbal", false),
    EXTRAIT_PARTENAIRES("extrait du procès-verbal des partenaires", true),
    COURRIER("courrier de notification", false),
    COPIE("copie de courrier", false),
    COURRIERS_A_POSTER("courriers à poster", false),
    AUTRE("autre document", false);

    private final String libelle;
    private final boolean partenaires;

    TypeDocument(String libelle, boolean partenaires) {
        this.libelle = libelle;
        this.partenaires = partenaires;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    /** True for the pseudonymised documents a partner receives. */
    public boolean pourPartenaires() {
        return partenaires;
    }

    /** @param nom the file's name relative to the meeting's folder, « courriers/… » for the letters */
    public static TypeDocument du(String nom) {
        return switch (nom) {
            case "01-ordre-du-jour.pdf" -> ORDRE_DU_JOUR;
            case "02-ordre-du-jour-partenaires.pdf" -> ORDRE_DU_JOUR_PARTENAIRES;
            case "03-proces-verbal.pdf" -> PROCES_VERBAL;
            case "04-proces-verbal-extrait-partenaires.pdf" -> EXTRAIT_PARTENAIRES;
            case "courriers-a-poster.pdf" -> COURRIERS_A_POSTER;
            default -> nom.startsWith("02-ordre-du-jour-partenaires-") ? ORDRE_DU_JOUR_PARTENAIRES
                    // the version made for one type of partner (ExtraitsPartenaires)
                    : nom.startsWith("04-proces-verbal-extrait-") ? EXTRAIT_PARTENAIRES
                    : !nom.startsWith("courriers/") ? AUTRE : nom.contains("-copie-") ? COPIE : COURRIER;
        };
    }
}
