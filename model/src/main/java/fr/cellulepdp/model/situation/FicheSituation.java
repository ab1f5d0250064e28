package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Textes;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What the situation form holds, as typed: checked by {@link ValidationFiche} before anything is saved. */
public record FicheSituation(String nir, String nom, String prenom, LocalDate dateNaissance, Sexe sexe,
                             StatutAssure statut, String email, String telephone, Adresse adresse, String employeur,
                             String siret, String emploi, Origine origine, LocalDate dateSignalement, Risque risque,
                             LocalDate debutArret, LocalDate finArretPrevue, UUID referentSocialId, boolean urgent,
                             String motifUrgent, boolean complexe, String motifComplexe, LocalDate dateConsentement,
                             Set<Partenaire> partenaires, String notesSociales, String serviceSanteTravail,
                             Reconnaissances reconnaissances) {

    public FicheSituation {
        nir = Textes.nonNul(nir);
        nom = Textes.nonNul(nom);
        prenom = Textes.nonNul(prenom);
        email = Textes.nonNul(email);
        telephone = Textes.nonNul(telephone);
        adresse = adresse == null ? Adresse.VIDE : adresse;
        employeur = Textes.nonNul(employeur);
        siret = Textes.nonNul(siret);
        emploi = Textes.nonNul(emploi);
        motifUrgent = Textes.nonNul(motifUrgent);
        motifComplexe = Textes.nonNul(motifComplexe);
        partenaires = partenaires == null ? Set.of() : Set.copyOf(partenaires);
        notesSociales = Textes.nonNul(notesSociales);
        serviceSanteTravail = Textes.nonNul(serviceSanteTravail);
        reconnaissances = reconnaissances == null ? Reconnaissances.AUCUNE : reconnaissances;
    }

    /** A form with no RQTH, BOETH title nor unfitness. */
    public FicheSituation(String nir, String nom, String prenom, LocalDate dateNaissance, Sexe sexe,
                          StatutAssure statut, String email, String telephone, Adresse adresse, String employeur,
                          String siret, String emploi, Origine origine, LocalDate dateSignalement, Risque risque,
                          LocalDate debutArret, LocalDate finArretPrevue, UUID referentSocialId, boolean urgent,
                          String motifUrgent, boolean complexe, String motifComplexe, LocalDate dateConsentement,
                          Set<Partenaire> partenaires, String notesSociales, String serviceSanteTravail) {
        this(nir, nom, prenom, dateNaissance, sexe, statut, email, telephone, adresse, employeur, siret, emploi, origine,
                dateSignalement, risque, debutArret, finArretPrevue, referentSocialId, urgent, motifUrgent, complexe,
                motifComplexe, dateConsentement, partenaires, notesSociales, serviceSanteTravail,
                Reconnaissances.AUCUNE);
    }

    /** The person as typed, under an existing identity ({@code id}, {@code version}) or a new one. */
    Assure versAssure(UUID id, long version) {
        Entreprise entreprise = employeur.isEmpty() && siret.isEmpty() ? null
                : new Entreprise(employeur, siret.isEmpty() ? null : Siret.de(siret));
        return new Assure(id, version, Nir.de(nir), nom, prenom, dateNaissance, sexe, adresse, email, telephone,
                statut, entreprise, emploi, reconnaissances);
    }

    /**
     * The situation as typed; what the form does not hold (number, medical opinion, life cycle) comes from
     * {@code base}, and the consent keeps {@code retraitConsentement}.
     */
    Situation versSituation(Situation base, LocalDate signalementParDefaut, LocalDate retraitConsentement) {
        return new Situation(base.id(), base.version(), base.numeroDossier(), base.assureId(), referentSocialId,
                dateSignalement != null ? dateSignalement : signalementParDefaut, origine, risque, debutArret,
                finArretPrevue, new Consentement(dateConsentement, partenaires, retraitConsentement),
                urgent ? Drapeau.leve(motifUrgent) : Drapeau.BAISSE,
                complexe ? Drapeau.leve(motifComplexe) : Drapeau.BAISSE, notesSociales, base.avisMedical(),
                base.statut(), base.issue(), base.dateCloture(), serviceSanteTravail);
    }
}
