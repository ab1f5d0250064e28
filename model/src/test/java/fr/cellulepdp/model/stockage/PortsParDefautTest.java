package fr.cellulepdp.model.stockage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.suivi.SuivreSuivis;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ports a lower package declares for a higher one, as {@code Stockage} gives them (decision record 0043), read
 * through the use cases on the demo: the Situations list counts the waiting requests {@code demande} counts, and the
 * follow-ups list names the measure {@code decision} reads.
 */
class PortsParDefautTest {

    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
    private static final Set<StatutDemande> EN_ATTENTE = EnumSet.of(StatutDemande.A_ETUDIER, StatutDemande.INSCRITE);

    private final StockageEnMemoire base = new StockageEnMemoire();

    @BeforeEach
    void demo() {
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(LocalDate.of(2026, 11, 23));
    }

    @Test
    void the_situations_list_counts_only_requests_to_study_or_on_an_agenda() {
        Map<UUID, Long> attendu = base.demandes().findAll().stream().filter(d -> EN_ATTENTE.contains(d.statut()))
                .collect(Collectors.groupingBy(Demande::situationId, Collectors.counting()));
        // the demo has requests decided or withdrawn, which must not count
        assertThat(base.demandes().findAll()).anyMatch(d -> !EN_ATTENTE.contains(d.statut()));
        assertThat(attendu).isNotEmpty();
        ListerSituations liste = new ListerSituations(base, Horloge.systeme(), () -> COORDINATRICE);

        var tous = liste.lister();
        var page = liste.rechercher(new CritereSituations("", false, null, null, null, null, null,
                null, false, 0, 500)).lignes();

        assertThat(tous).hasSize((int) base.situations().count());
        assertThat(tous.stream().collect(Collectors.toMap(ResumeSituation::id, ResumeSituation::demandesEnAttente)))
                .allSatisfy((id, n) -> assertThat(n).as(id.toString()).isEqualTo(attendu.getOrDefault(id, 0L)));
        assertThat(page).hasSize(tous.size());
        assertThat(page.stream().collect(Collectors.toMap(ResumeSituation::id, ResumeSituation::demandesEnAttente)))
                .allSatisfy((id, n) -> assertThat(n).as(id.toString()).isEqualTo(attendu.getOrDefault(id, 0L)));
    }

    @Test
    void the_follow_ups_list_names_the_measure_of_each_decision() {
        var lignes = new SuivreSuivis(base, Horloge.systeme(), () -> COORDINATRICE).lister(null, true).lignes();

        assertThat(lignes).isNotEmpty();
        assertThat(lignes).allSatisfy(l -> {
            UUID decisionId = base.suivis().get(l.id()).decisionId();
            String attendue = decisionId == null ? "" : mesure(base.decisions().get(decisionId));
            assertThat(l.mesure()).isEqualTo(attendue);
        });
        assertThat(lignes).anyMatch(l -> !l.mesure().isEmpty());
    }

    private String mesure(Decision decision) {
        return base.demandes().get(decision.demandeId()).mesure().libelle();
    }
}
