package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Libelle;

/** What became of the person when the file is closed. */
public enum IssueSituation implements Libelle {
    MAINTIEN_MEME_POSTE("Maintien dans le même poste"),
    AUTRE_POSTE_MEME_ENTREPRISE("Autre poste dans l'entreprise"),
    RECONVERSION("Reconversion professionnelle"),
    LICENCIEMENT_INAPTITUDE("Licenciement pour inaptitude"),
    INVALIDITE_RETRAITE("Invalidité ou retraite"),
    ARRET_A_LA_DEMANDE_ASSURE("Arrêt à la demande de la personne");

    private final String libelle;

    IssueSituation(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
