package fr.cellulepdp.model.situation;

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
                             Set<Partenaire> partenaires, String notesSociales) {

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
    }
}
