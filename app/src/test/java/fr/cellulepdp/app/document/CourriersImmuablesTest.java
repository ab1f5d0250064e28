package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.Seance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter sent or posted is never replaced: producing the meeting's documents again, a day later, leaves its file
 * byte for byte (SHA-256 on disk) and its record; a decision corrected by a rectificatif gets its own letter, beside,
 * with its own record.
 */
class CourriersImmuablesTest {

    @TempDir
    Path dossier;

    private final AtomicReference<Instant> maintenant = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    private Services services;

    @AfterEach
    void fermer() {
        services.close();
    }

    private void produire(Seance seance) {
        var cellule = services.cellule().orElseThrow();
        services.documents().genererDocuments().generer(seance.id(), Optional.of(CertificatChoisi.lire(
                Path.of(cellule.certificatSignature()), CertificatDemo.MOT_DE_PASSE.toCharArray(), cellule,
                services.dossierDonnees())), (faits, total) -> { });
    }

    private Map<String, String> empreintes(Path courriers) throws IOException {
        try (Stream<Path> fichiers = Files.list(courriers)) {
            return fichiers.collect(Collectors.toMap(f -> f.getFileName().toString(), f -> {
                try {
                    return Empreintes.sha256(Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, (a, b) -> a, TreeMap::new));
        }
    }

    /** Every line of SHA256SUMS names a file of the folder with its SHA-256, as `sha256sum -c` checks it. */
    private static void sommesJustes(Path dossierSeance) throws IOException {
        for (String ligne : Files.readAllLines(dossierSeance.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            Path fichier = dossierSeance.resolve(ligne.substring(66));
            assertThat(Empreintes.sha256(Files.readAllBytes(fichier))).as(ligne).isEqualTo(ligne.substring(0, 64));
        }
    }

    @Test
    void sent_and_posted_letters_stay_as_sent_and_a_rectificatif_is_a_new_letter_beside() throws Exception {
        services = DemoPreparee.ouvrir(maintenant.get(), dossier, maintenant::get);
        Seance seance = services.documents().genererDocuments().trouver(null);
        produire(seance);
        // the letters to post are posted, those to e-mail are sent (as the sender marks them once accepted)
        services.courriers().suivreCourriers().marquerPostes(seance.id());
        for (Notification n : services.stockage().notifications().findAll()) {
            if (n.canal() == CanalEnvoi.EMAIL) {
                services.stockage().notifications().save(n.tentative(maintenant.get(), null).envoyee(maintenant.get()));
            }
        }
        Path dossierSeance = DossierDocuments.dossier(services.dossierDocuments(), seance.numero());
        Map<String, String> avant = empreintes(dossierSeance.resolve("courriers"));
        Map<java.util.UUID, Notification> enregistrees = services.stockage().notifications().findAll().stream()
                .collect(Collectors.toMap(Notification::id, Function.identity()));
        assertThat(avant).isNotEmpty();
        assertThat(enregistrees.values()).allSatisfy(n -> assertThat(n.statut()).isEqualTo(StatutNotification.ENVOYEE));

        maintenant.set(maintenant.get().plus(Duration.ofDays(1)));
        produire(seance);

        assertThat(empreintes(dossierSeance.resolve("courriers"))).as("SHA-256 des courriers envoyés inchangés")
                .isEqualTo(avant);
        assertThat(services.stockage().notifications().findAll()).hasSize(enregistrees.size())
                .allSatisfy(n -> assertThat(n).isEqualTo(enregistrees.get(n.id())));
        sommesJustes(dossierSeance);

        Decision refus = services.stockage().decisions().findBySeance(seance.id()).stream()
                .filter(d -> d.issue() == IssueDecision.REFUS || d.issue() == IssueDecision.SANS_OBJET)
                .min(java.util.Comparator.comparing(d -> d.issue() != IssueDecision.REFUS)).orElseThrow();
        Decision rectificatif = services.seances().rectifierDecision().rectifier(refus.id(),
                new SaisieDecision(refus.demandeId(), refus.issue(), refus.avisMedical(),
                        refus.motifs() + " Motif précisé par rectificatif.", refus.conditions(), null, null, null,
                        "", null, "", List.of()));
        maintenant.set(maintenant.get().plus(Duration.ofDays(1)));
        produire(seance);

        Map<String, String> apres = empreintes(dossierSeance.resolve("courriers"));
        List<String> nouveaux = apres.keySet().stream().filter(nom -> !avant.containsKey(nom)).toList();
        assertThat(nouveaux).isNotEmpty().allSatisfy(nom -> assertThat(nom).endsWith("-rectificatif.pdf"));
        assertThat(apres).containsAllEntriesOf(avant);
        List<Notification> duRectificatif = services.stockage().notifications().findByDecision(rectificatif.id());
        assertThat(duRectificatif).hasSize(nouveaux.size()).allSatisfy(n -> {
            assertThat(n.statut()).isNotEqualTo(StatutNotification.ENVOYEE);
            assertThat(enregistrees).doesNotContainKey(n.id());
            assertThat(apres).containsValue(n.sha256());
        });
        assertThat(services.stockage().notifications().findByDecision(refus.id()))
                .allSatisfy(n -> assertThat(n).isEqualTo(enregistrees.get(n.id())));
        sommesJustes(dossierSeance);
        assertThat(Files.readString(dossierSeance.resolve("SHA256SUMS"))).contains(nouveaux)
                .contains(avant.keySet());
    }
}
