package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.commun.Montants;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Entreprise;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A request to authorise one measure for a situation. {@code duree} is counted in the unit the
 * measure catalogue gives for the measure (working days for an essai encadré, hours for a bilan...).
 */
public record Demande(UUID id, long version, UUID situationId, TypeMesure mesure, String libelleAutre,
                      LocalDate dateDemande, Entreprise entrepriseAccueil, String tuteur, String prescripteur,
                      LocalDate dateDebut, LocalDate dateFin, Integer duree, boolean renouvellement,
                      BigDecimal cout, String financement, String avisTechnique,
                      Set<AccordMedical> accordsObtenus, StatutDemande statut) implements Versionne {

    public Demande {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(situationId, "situationId");
        Objects.requireNonNull(mesure, "mesure");
        Objects.requireNonNull(dateDemande, "dateDemande");
        libelleAutre = Textes.nonNul(libelleAutre);
        cout = Montants.auCentime(cout);
        tuteur = Textes.nonNul(tuteur);
        prescripteur = Textes.nonNul(prescripteur);
        financement = Textes.nonNul(financement);
        avisTechnique = Textes.nonNul(avisTechnique);
        accordsObtenus = accordsObtenus == null ? Set.of() : Set.copyOf(accordsObtenus);
        statut = statut == null ? StatutDemande.A_ETUDIER : statut;
    }

    public Demande avecStatut(StatutDemande nouveau) {
        return new Demande(id, version, situationId, mesure, libelleAutre, dateDemande, entrepriseAccueil, tuteur,
                prescripteur, dateDebut, dateFin, duree, renouvellement, cout, financement, avisTechnique,
                accordsObtenus, nouveau);
    }

    /** The measure's name as written in letters: the catalogue label, or the free name of an AUTRE action. */
    public String libelleMesure() {
        return mesure == TypeMesure.AUTRE && !libelleAutre.isEmpty() ? libelleAutre : mesure.libelle();
    }
}
