package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.CritereSuivis;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuiviDeLaListe;
import fr.cellulepdp.model.suivi.SuiviRepository;
import fr.cellulepdp.model.suivi.SuivisDeLaListe;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The follow-ups, by due date; the Suivis page's lines joined from the files, people, decisions and requests. */
final class SuivisEnMemoire extends TableEnMemoire<Suivi> implements SuiviRepository {

    private final SituationsEnMemoire situations;
    private final AssuresEnMemoire assures;
    private final DepotsEnMemoire.Decisions decisions;
    private final DepotsEnMemoire.Demandes demandes;
    /** When each follow-up was last named in a reminder that left, as the store keeps it on its row. */
    private final CaseEnMemoire<UUID, java.time.Instant> rappels;

    SuivisEnMemoire(SituationsEnMemoire situations, AssuresEnMemoire assures, DepotsEnMemoire.Decisions decisions,
                    DepotsEnMemoire.Demandes demandes, CaseEnMemoire<UUID, java.time.Instant> rappels) {
        super("Suivi", nullsDabord(Suivi::echeance).thenComparing(parId(Suivi::id)), List.of());
        this.situations = situations;
        this.assures = assures;
        this.decisions = decisions;
        this.demandes = demandes;
        this.rappels = rappels;
    }

    @Override
    public synchronized void noterRappel(java.util.Collection<UUID> suiviIds, java.time.Instant le) {
        for (UUID id : suiviIds) {
            if (find(id).isPresent()) {
                java.time.Instant avant = rappels.lire(id).orElse(null);
                if (avant == null || avant.isBefore(le)) {
                    rappels.ecrire(id, le);
                }
            }
        }
    }

    @Override
    public List<Suivi> findBySituation(UUID situationId) {
        return ou(s -> s.situationId().equals(situationId));
    }

    @Override
    public List<Suivi> nonRealises() {
        return ou(s -> !s.estRealise());
    }

    @Override
    public SuivisDeLaListe deLaListe(CritereSuivis c) {
        List<SuiviDeLaListe> choisis = ou(s -> (c.avecRealises() || !s.estRealise())
                && (c.responsableId() == null || c.responsableId().equals(s.responsableId()))
                && (c.apres() == null || s.echeance().isAfter(c.apres()))).stream()
                .map(this::deLaListe)
                .sorted(Comparator.comparing((SuiviDeLaListe l) -> l.suivi().echeance())
                        .thenComparing(l -> OrdreNumerosDossier.cle(l.numeroDossier()),
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(l -> l.suivi().id()))
                .toList();
        if (choisis.size() <= c.limite()) {
            return new SuivisDeLaListe(choisis, false);
        }
        LocalDate dernierJour = choisis.get(c.limite() - 1).suivi().echeance();
        List<SuiviDeLaListe> page = choisis.stream().filter(l -> !l.suivi().echeance().isAfter(dernierJour)).toList();
        return new SuivisDeLaListe(page, page.size() < choisis.size());
    }

    private SuiviDeLaListe deLaListe(Suivi s) {
        Situation situation = situations.get(s.situationId());
        Assure personne = assures.get(situation.assureId());
        var mesure = s.decisionId() == null ? null : decisions.find(s.decisionId())
                .map(Decision::demandeId).flatMap(demandes::find).map(Demande::mesure).orElse(null);
        return new SuiviDeLaListe(s, situation.numeroDossier(), personne.nom(), personne.prenom(), mesure,
                rappels.lire(s.id()).orElse(null));
    }
}
