package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.decision.SeancesPourDecider;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The meetings as the decision use cases see them ({@link SeancesPourDecider}), read from the store. */
public final class SeancesDesDecisions implements SeancesPourDecider {

    private final StockageSeances stockage;

    public SeancesDesDecisions(StockageSeances stockage) {
        this.stockage = stockage;
    }

    @Override
    public EtatPourDecider etat(UUID seanceId, UUID demandeId) {
        Seance seance = stockage.seances().get(seanceId);
        TenirSeance.verrouillee(seance);
        Place place = seance.pointDe(demandeId).map(p -> p.categorie() == CategoriePoint.RATIFICATION
                ? Place.A_RATIFIER : Place.A_DECIDER).orElse(Place.ABSENTE);
        return new EtatPourDecider(seance.numero(), seance.statut() == StatutSeance.OUVERTE,
                Quorum.permetDeDecider(Quorum.regle(stockage), seance, Quorum.membres(stockage)),
                Quorum.manquants(Quorum.regle(stockage), seance, Quorum.membres(stockage)), place);
    }

    @Override
    public boolean estCloturee(UUID seanceId) {
        return stockage.seances().get(seanceId).estCloturee();
    }

    @Override
    public AgendasAVenir agendasAVenir(UUID demandeId) {
        return new Agendas(stockage, demandeId, stockage.seances().deStatutsAvecDemande(
                EnumSet.of(StatutSeance.OUVERTE, StatutSeance.PLANIFIEE), demandeId));
    }

    /** The open and planned meetings holding the request, read once: the first of each status counts. */
    private record Agendas(StockageSeances stockage, UUID demandeId, List<Seance> seances) implements AgendasAVenir {

        @Override
        public Optional<Integer> seanceOuverte() {
            return deStatut(StatutSeance.OUVERTE).map(Seance::numero);
        }

        @Override
        public void retirerDeLaSeancePlanifiee() {
            deStatut(StatutSeance.PLANIFIEE).ifPresent(this::retirer);
        }

        private Optional<Seance> deStatut(StatutSeance statut) {
            return seances.stream().filter(s -> s.statut() == statut).findFirst();
        }

        /** Takes the request off a planned agenda; an item left without request goes too. */
        private void retirer(Seance seance) {
            List<PointOrdreDuJour> points = new ArrayList<>();
            for (PointOrdreDuJour p : seance.ordreDuJour()) {
                List<UUID> restantes = p.demandeIds().stream().filter(id -> !id.equals(demandeId)).toList();
                if (restantes.size() == p.demandeIds().size()) {
                    points.add(p);
                } else if (!restantes.isEmpty()) {
                    points.add(new PointOrdreDuJour(p.id(), p.situationId(), restantes, p.categorie(),
                            p.dureePrevueMinutes(), p.membresRecuses()));
                }
            }
            stockage.seances().save(seance.avecOrdreDuJour(points));
        }
    }
}
