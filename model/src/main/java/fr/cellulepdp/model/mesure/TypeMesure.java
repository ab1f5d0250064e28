package fr.cellulepdp.model.mesure;

import fr.cellulepdp.model.commun.Libelle;

/** The remobilisation measures a request may ask for (DESIGN.md §4). */
public enum TypeMesure implements Libelle {
    ESSAI_ENCADRE("essai encadré"),
    CRPE("convention de rééducation professionnelle en entreprise"),
    PMSMP("période de mise en situation en milieu professionnel"),
    BILAN_COMPETENCES("bilan de compétences"),
    FORMATION("formation pendant l'arrêt de travail"),
    VAE("validation des acquis de l'expérience"),
    TEMPS_PARTIEL_THERAPEUTIQUE("temps partiel thérapeutique"),
    VISITE_PRE_REPRISE("visite de pré-reprise"),
    RENDEZ_VOUS_LIAISON("rendez-vous de liaison"),
    CONSULTATION_MEDICO_PRO("consultation médico-professionnelle"),
    ETUDE_POSTE("étude de poste"),
    AMENAGEMENT_POSTE("aménagement de poste"),
    FORMATION_ESPR("formation en établissement de réadaptation professionnelle (ESPR, ex-CRP)"),
    PREORIENTATION_ESPO("orientation en établissement de préorientation (ESPO, ex-PREO)"),
    INCLUS_PRO("accompagnement INCLUS Pro"),
    AUTRE("autre action");

    private final String libelle;

    TypeMesure(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    /**
     * A placement in a host company, with a tutor (essai encadré, CRPE, PMSMP): only these need the host company's
     * agreement; a training body, an ESPR, a bilan centre or the person's own employer is no host company.
     */
    public boolean avecEntrepriseAccueil() {
        return this == ESSAI_ENCADRE || this == CRPE || this == PMSMP;
    }
}
