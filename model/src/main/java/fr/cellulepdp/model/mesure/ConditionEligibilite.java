package fr.cellulepdp.model.mesure;

import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.situation.Reconnaissances;
import java.time.LocalDate;

/**
 * A fact about the person that opens a measure reserved by law; a rule lists those that suffice (any one of them).
 * The CRPE: RQTH or other BOETH title, unfitness declared, or risk of unfitness stated by the occupational doctor;
 * the ESPR and ESPO (ex-CRP and PREO): an orientation by the CDAPH, which comes with the RQTH.
 */
public enum ConditionEligibilite implements Libelle {
    RQTH("une RQTH en cours de validité"),
    BOETH("un titre de bénéficiaire de l’obligation d’emploi (BOETH)"),
    INAPTITUDE_DECLAREE("une inaptitude déclarée par le médecin du travail"),
    RISQUE_INAPTITUDE("un risque d’inaptitude signalé par le médecin du travail");

    private final String libelle;

    ConditionEligibilite(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    public boolean remplie(Reconnaissances r, LocalDate jour) {
        return switch (this) {
            case RQTH -> r.rqthValide(jour);
            case BOETH -> r.boethValide(jour);
            case INAPTITUDE_DECLAREE -> r.inaptitudeDeclaree(jour);
            case RISQUE_INAPTITUDE -> r.risqueOuInaptitude(jour);
        };
    }
}
