package fr.cellulepdp.persistence.seance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.persistence.base.BasesDeTest;
import fr.cellulepdp.persistence.base.Exemples;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;
import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Moteur;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * The meetings are read with their children in a fixed number of queries, not one or two per agenda item:
 * {@code render} reads every meeting of the cell (to find the last one closed, the previous and the next).
 */
class SeancesEnPeuDeRequetesTest extends SurBaseTemporaire {

    @Test
    void every_meeting_and_its_agenda_are_read_in_six_queries_whatever_their_number() throws Exception {
        Exemples.enregistrerJusquALaDemande(base);
        List<Seance> enregistrees = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            List<PointOrdreDuJour> points = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                points.add(new PointOrdreDuJour(Exemples.id("point-" + n + "-" + p), Exemples.SITUATION,
                        List.of(Exemples.DEMANDE), p % 2 == 0 ? CategoriePoint.URGENT : CategoriePoint.SUIVI, 10 + p,
                        p == 1 ? Set.of(Exemples.REFERENTE) : Set.of()));
            }
            enregistrees.add(base.seances().save(new Seance(Exemples.id("seance-" + n), 0, n,
                    java.time.LocalDate.of(2026, n, 10), java.time.LocalTime.of(14, 0), "Salle " + n, "",
                    fr.cellulepdp.model.seance.StatutSeance.PLANIFIEE, null,
                    List.of(new Presence(Exemples.COORDINATRICE, EtatPresence.PRESENT),
                            new Presence(Exemples.REFERENTE, EtatPresence.EXCUSE)),
                    n == 2 ? List.of("Invitée Un", "Invité Deux") : List.of(), points, "")));
        }
        AtomicInteger requetes = new AtomicInteger();
        try (Connection connexion = BasesDeTest.acces(fichier).connexion()) {
            Moteur moteur = BasesDeTest.surPostgresql() ? Moteur.POSTGRESQL : Moteur.H2;
            DepotSeances depot = new DepotSeances(new ContexteJooq(DSL.using(new DefaultConfiguration()
                    .set(connexion).set(moteur.dialecte()).set(moteur.reglages())
                    .set(new DefaultExecuteListenerProvider(new ExecuteListener() {
                        @Override
                        public void executeStart(ExecuteContext contexte) {
                            requetes.incrementAndGet();
                        }
                    }))), moteur, "test"));

            assertThat(depot.findAll()).containsExactlyElementsOf(enregistrees);
            assertThat(requetes.get()).isEqualTo(6);
            requetes.set(0);
            assertThat(depot.get(Exemples.id("seance-2"))).isEqualTo(enregistrees.get(1));
            assertThat(requetes.get()).isEqualTo(6);
        }
    }
}
