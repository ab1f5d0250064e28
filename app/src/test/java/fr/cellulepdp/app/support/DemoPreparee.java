package fr.cellulepdp.app.support;

import fr.cellulepdp.app.document.CertificatChoisi;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The demo cell as {@link fr.cellulepdp.app.demo.ChargementDemo#charger} leaves it (its data, its certificate, one
 * account per member), built once per test JVM and instant, then copied into each test's folder: a load costs the
 * demo's writes, a certificate and one Argon2id per account, a copy a few file copies and opening it one login. Its
 * file is encrypted once the accounts exist, as after a load: it opens as an account
 * ({@link Services#ouvrirDemoCommeCoordinatrice}). Only the copy's cell names the model's certificate, read only,
 * since that path is absolute.
 */
public final class DemoPreparee {

    /**
     * For the tests on the system clock: the demo they would load at their start is the one loaded at this JVM's
     * first use of it, a few minutes earlier at most.
     */
    public static final Instant LANCEMENT = Instant.now();

    private static final Map<String, Path> MODELES = new HashMap<>();

    private DemoPreparee() {
    }

    /** The demo loaded at {@code instant}, copied into {@code dossier}; returns its database, {@code dossier/cellule}. */
    public static Path copier(Instant instant, Path dossier) {
        return copierDe(modele("demo " + instant, instant, false), dossier);
    }

    /** The same, with the last closed meeting's documents generated and signed with the demo certificate. */
    public static Path copierAvecDocuments(Instant instant, Path dossier) {
        return copierDe(modele("documents " + instant, instant, true), dossier);
    }

    /** The demo loaded at {@code instant}, copied into {@code dossier}, opened as its coordinatrice (one login). */
    public static Services ouvrir(Instant instant, Path dossier, Horloge horloge) {
        return Services.ouvrirDemoCommeCoordinatrice(copier(instant, dossier), horloge);
    }

    /** The same, with the last closed meeting's documents generated and signed. */
    public static Services ouvrirAvecDocuments(Instant instant, Path dossier, Horloge horloge) {
        return Services.ouvrirDemoCommeCoordinatrice(copierAvecDocuments(instant, dossier), horloge);
    }

    private static Path copierDe(Path modele, Path dossier) {
        try {
            CopieDeModele.copier(modele, dossier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dossier.resolve("cellule");
    }

    private static synchronized Path modele(String cle, Instant instant, boolean documents) {
        Path modele = MODELES.get(cle);
        if (modele == null) {
            modele = construire(instant, documents);
            MODELES.put(cle, modele);
        }
        return modele;
    }

    private static Path construire(Instant instant, boolean documents) {
        try {
            Path modele = Files.createTempDirectory("cellule-pdp-demo-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> effacer(modele)));
            try (Services services = Services.ouvrir(modele.resolve("cellule"), Horloge.fixe(instant))) {
                services.miseEnPlace().chargementDemo().charger();
                if (documents) {
                    var cellule = services.cellule().orElseThrow();
                    var generer = services.documents().genererDocuments();
                    generer.generer(generer.trouver(null).id(),
                            Optional.of(CertificatChoisi.lire(Path.of(cellule.certificatSignature()),
                                    CertificatDemo.MOT_DE_PASSE.toCharArray(), cellule, services.dossierDonnees())),
                            (faits, total) -> { });
                }
            }
            return modele;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void effacer(Path modele) {
        try (Stream<Path> fichiers = Files.walk(modele)) {
            for (Path fichier : fichiers.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(fichier);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
