package fr.cellulepdp.app.notification;

import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.notification.EnvoyerCourriers;
import fr.cellulepdp.model.suivi.EnvoyerRappels;
import java.util.function.BooleanSupplier;
import fr.cellulepdp.model.cellule.Role;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background while the window is open: every two minutes, when a mail server is set.
 * Offline is normal: a failed round leaves each letter waiting with the server's answer, and the next round tries
 * again. The day's reminders of follow-ups go in the same round (so at the window's start when their hour has
 * passed). {@code apres} refreshes the badge.
 */
public final class EnvoiAutomatique implements AutoCloseable {

    private static final Logger JOURNAL = LoggerFactory.getLogger(EnvoiAutomatique.class);
    private final ScheduledExecutorService planificateur = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread fil = new Thread(r, "envoi-courriels");
        fil.setDaemon(true);
        return fil;
    });

    /**
     * @param envoiParametre true when a mail server is set
     * @param horodater time-stamps what was signed offline, first (0020)
     */
    public EnvoiAutomatique(UtilisateurCourant utilisateurCourant, BooleanSupplier envoiParametre, Runnable horodater,
                            EnvoyerCourriers envoyerCourriers, EnvoyerRappels envoyerRappels, Runnable apres) {
        planificateur.scheduleWithFixedDelay(() -> {
            try {
                if (utilisateurCourant.utilisateur().role() == Role.COORDINATRICE && envoiParametre.getAsBoolean()) {
                    horodater.run();
                    var rapport = envoyerCourriers.envoyer((f, t) -> { });
                    // counts only: never an address or a name in the log
                    JOURNAL.info("envoi automatique : {} envoyé(s), {} en échec, {} en attente", rapport.envoyes(),
                            rapport.echecs().size(), rapport.enAttente());
                    // the day's reminders of follow-ups, once the hour has passed (counts only in the log)
                    var rappels = envoyerRappels.preparerEtEnvoyer();
                    JOURNAL.info("rappels de suivis : {} préparé(s), {} envoyé(s)", rappels.prepares(),
                            rappels.envoi().envoyes());
                }
            } catch (RuntimeException e) {
                JOURNAL.warn("envoi automatique impossible : {}", e.getClass().getSimpleName());
            }
            apres.run();
        }, 30, 120, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        planificateur.shutdownNow();
    }
}
