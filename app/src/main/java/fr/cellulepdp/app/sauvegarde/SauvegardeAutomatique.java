package fr.cellulepdp.app.sauvegarde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the cell up by itself into the chosen folder: at the chosen interval while the window is open, and when it
 * closes; keeps the last N backups and removes older ones (only its own files). {@code apres} receives the time of
 * each backup made, for the status bar. A folder that is missing (USB key unplugged) skips the backup and the next
 * round tries again.
 */
public final class SauvegardeAutomatique implements AutoCloseable {

    static final String PREFIXE = "cellule-pdp-";
    static final String SUFFIXE = ".sauvegarde";
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger JOURNAL = LoggerFactory.getLogger(SauvegardeAutomatique.class);

    private final Sauvegarde.Source source;
    private final fr.cellulepdp.model.commun.Horloge horloge;
    private final java.util.function.Function<String, char[]> dechiffrer;
    private final fr.cellulepdp.model.cellule.UtilisateurCourant utilisateurCourant;
    private final Consumer<Instant> apres;
    private volatile boolean suspendue;
    private final ScheduledExecutorService planificateur = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread fil = new Thread(r, "sauvegarde-automatique");
        fil.setDaemon(true);
        return fil;
    });

    /**
     * @param dechiffrer the computer's key opening the backups' password kept in the settings
     *                   ({@code CoffreLocal::dechiffrer} in the wiring)
     */
    public SauvegardeAutomatique(Sauvegarde.Source source, fr.cellulepdp.model.commun.Horloge horloge,
                                 java.util.function.Function<String, char[]> dechiffrer,
                                 fr.cellulepdp.model.cellule.UtilisateurCourant utilisateurCourant,
                                 Consumer<Instant> apres) {
        this.source = source;
        this.horloge = horloge;
        this.dechiffrer = dechiffrer;
        this.utilisateurCourant = utilisateurCourant;
        this.apres = apres;
    }

    /** Checks every minute whether a periodic backup is due. */
    public void demarrer() {
        planificateur.scheduleWithFixedDelay(() -> {
            try {
                if (reglages().due(horloge.maintenant())) {
                    sauvegarderMaintenant();
                }
            } catch (RuntimeException e) {
                JOURNAL.warn("sauvegarde automatique impossible : {}", e.getMessage());
            }
        }, 1, 1, TimeUnit.MINUTES);
    }

    public ReglagesSauvegarde reglages() {
        return ReglagesSauvegarde.lire(source.dossierDonnees());
    }

    /**
     * Writes a backup into the folder now, removes those beyond the number kept, records the time; empty when no
     * automatic backup is set.
     */
    public synchronized Optional<Path> sauvegarderMaintenant() {
        ReglagesSauvegarde reglages = reglages();
        // a backup holds every file: the coordinatrice's duty, made while she is logged in
        if (!reglages.active() || suspendue
                || utilisateurCourant.utilisateur().role() != fr.cellulepdp.model.cellule.Role.COORDINATRICE) {
            return Optional.empty();
        }
        if (!Files.isDirectory(reglages.dossier())) {
            throw new UncheckedIOException("le dossier des sauvegardes « " + reglages.dossier()
                    + " » est introuvable (clé USB débranchée, partage non monté ?).", new IOException("absent"));
        }
        Instant maintenant = horloge.maintenant();
        Path fichier = reglages.dossier().resolve(PREFIXE
                + HORODATAGE.format(LocalDateTime.ofInstant(maintenant, fr.cellulepdp.model.commun.Horloge.FUSEAU_PARIS))
                + SUFFIXE);
        char[] motDePasse = dechiffrer.apply(reglages.motDePasseChiffre());
        try {
            Sauvegarde.sauvegarder(source, fichier, motDePasse);
        } finally {
            java.util.Arrays.fill(motDePasse, '\0');
        }
        garderLesDernieres(reglages.dossier(), reglages.conserver());
        reglages.avecDerniere(maintenant).ecrire(source.dossierDonnees());
        apres.accept(maintenant);
        return Optional.of(fichier);
    }

    /** Removes this application's backups beyond the {@code nombre} most recent (the names sort by time). */
    static void garderLesDernieres(Path dossier, int nombre) {
        try (Stream<Path> fichiers = Files.list(dossier)) {
            List<Path> sauvegardes = fichiers.filter(f -> {
                String nom = f.getFileName().toString();
                return nom.startsWith(PREFIXE) && nom.endsWith(SUFFIXE) && Files.isRegularFile(f);
            }).sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
            for (Path ancienne : sauvegardes.subList(Math.min(nombre, sauvegardes.size()), sauvegardes.size())) {
                Files.deleteIfExists(ancienne);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("anciennes sauvegardes non supprimées : " + e.getMessage(), e);
        }
    }

    /** No more backups (a restore is closing the database under it). */
    public synchronized void suspendre() {
        suspendue = true;
        planificateur.shutdownNow();
    }

    /** When the window closes: one last backup if automatic backups are set, then the timer stops. */
    @Override
    public void close() {
        planificateur.shutdownNow();
        try {
            sauvegarderMaintenant();
        } catch (RuntimeException e) {
            JOURNAL.warn("sauvegarde à la fermeture impossible : {}", e.getMessage());
        }
    }
}
