package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.notification.Coffre;
import fr.cellulepdp.model.notification.CourrielSortant;
import fr.cellulepdp.model.notification.EnvoiCourriel;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.notification.EnvoyerCourriers;
import fr.cellulepdp.model.notification.RapportEnvoi;
import fr.cellulepdp.model.notification.ServeurSmtp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the daily reminder of follow-ups. {@link #preparer} queues, once the day's hour has passed, one e-mail
 * per member who is responsible for follow-ups overdue or due within the cell's delay — at most one per member and
 * day (checked here, guaranteed by the database's unique key). {@link #envoyer} delivers them like the letters:
 * the attempt committed before the server is contacted, the fixed Message-ID, the same back-off, the server's
 * answer kept. The e-mail names file numbers and dates only: never a name, a NIR, the action's wording (free
 * text that may hold a medical detail) nor the measure.
 */
public final class EnvoyerRappels {

    /** What a round did: reminders queued today, members skipped for want of an address, and the delivery. */
    public record Rapport(int prepares, int sansAdresse, RapportEnvoi envoi) {
        public String enFrancais() {
            return prepares + " rappel(s) préparé(s)" + (sansAdresse == 0 ? "" : ", " + sansAdresse
                    + " membre(s) sans adresse électronique") + " ; " + envoi.enFrancais();
        }
    }

    private final StockageSuivis stockage;
    private final EnvoiCourriel envoi;
    private final Coffre coffre;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public EnvoyerRappels(StockageSuivis stockage, EnvoiCourriel envoi, Coffre coffre, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.envoi = envoi;
        this.coffre = coffre;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Queues today's reminders (when on and the hour has passed), then delivers whatever is due. */
    public Rapport preparerEtEnvoyer() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "rappels", "envoie les rappels de suivis");
        int[] comptes = preparer(acteur);
        return new Rapport(comptes[0], comptes[1], envoyer());
    }

    /** Returns {queued, members without an address}. */
    int[] preparer(Utilisateur acteur) {
        Droits.coordinatrice(acteur, "rappels", "envoie les rappels de suivis");
        ReglageRappels reglage = stockage.rappels().reglage().orElse(ReglageRappels.PAR_DEFAUT);
        Instant maintenant = horloge.maintenant();
        if (!reglage.actifs() || maintenant.atZone(Horloge.FUSEAU_PARIS).getHour() < reglage.heure()) {
            return new int[] {0, 0};
        }
        LocalDate jour = horloge.aujourdhui();
        Map<UUID, List<Suivi>> parMembre = new HashMap<>();
        for (Suivi s : stockage.suivis().nonRealises()) {
            if (s.responsableId() != null
                    && !s.echeance().isAfter(jour.plusDays(reglage.joursAvant()))) {
                parMembre.computeIfAbsent(s.responsableId(), id -> new ArrayList<>()).add(s);
            }
        }
        String signature = stockage.cellules().existante().map(Cellule::nom).orElse("");
        int prepares = 0;
        int sansAdresse = 0;
        for (Map.Entry<UUID, List<Suivi>> entree : parMembre.entrySet()) {
            Optional<Membre> membre = stockage.membres().find(entree.getKey()).filter(Membre::actif);
            if (membre.isEmpty() || stockage.rappels().findByMembreEtJour(entree.getKey(), jour).isPresent()) {
                continue;
            }
            if (membre.get().email().isBlank()) {
                sansAdresse++;
                continue;
            }
            List<Suivi> suivis = entree.getValue().stream().sorted(Comparator.comparing(Suivi::echeance)).toList();
            RappelSuivis rappel = RappelSuivis.nouveau(membre.get().id(), jour, membre.get().email(),
                    "Rappel de vos suivis à échéance — " + suivis.size() + " dossier(s)",
                    corps(suivis, jour, reglage, signature), suivis.stream().map(Suivi::id).toList());
            try {
                stockage.transactions().runInTransaction(() -> {
                    stockage.rappels().save(rappel);
                    new Audit(stockage, horloge).noter(acteur, "RAPPEL_PREPARE", "RappelSuivis", rappel.id(),
                            suivis.size() + " suivi(s) du " + Horodatages.date(jour));
                });
                prepares++;
            } catch (RuntimeException deja) {
                // another window or the scheduled task queued this member's reminder of the day just now
                if (stockage.rappels().findByMembreEtJour(membre.get().id(), jour).isEmpty()) {
                    throw deja;
                }
            }
        }
        return new int[] {prepares, sansAdresse};
    }

    private String corps(List<Suivi> suivis, LocalDate jour, ReglageRappels reglage, String signature) {
        Map<UUID, String> dossiers = new HashMap<>();
        StringBuilder enRetard = new StringBuilder();
        StringBuilder aEcheance = new StringBuilder();
        for (Suivi s : suivis) {
            String dossier = dossiers.computeIfAbsent(s.situationId(),
                    id -> stockage.situations().get(id).numeroDossier());
            if (s.estEnRetard(jour)) {
                enRetard.append("- dossier ").append(dossier).append(" : échéance dépassée depuis le ")
                        .append(Horodatages.date(s.echeance())).append('\n');
            } else {
                aEcheance.append("- dossier ").append(dossier).append(" : échéance le ")
                        .append(Horodatages.date(s.echeance())).append('\n');
            }
        }
        return "Bonjour,\n\n"
                + "Voici les suivis dont vous êtes responsable, en retard ou à échéance d’ici le "
                + Horodatages.date(jour.plusDays(reglage.joursAvant())) + ".\n\n"
                + (enRetard.isEmpty() ? "" : "En retard :\n" + enRetard + "\n")
                + (aEcheance.isEmpty() ? "" : "À échéance :\n" + aEcheance + "\n")
                + "Le détail de chaque suivi se consulte dans l’application, page Suivis, où vous pouvez le marquer "
                + "réalisé. Ce message ne contient volontairement ni nom ni détail des dossiers.\n\n"
                + (signature.isBlank() ? "" : signature + "\n");
    }

    /** Delivers the reminders due, each attempt committed before the server is contacted. */
    public RapportEnvoi envoyer() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "rappels", "envoie les rappels de suivis");
        Optional<ServeurSmtp> serveur = stockage.serveursSmtp().existant();
        List<RapportEnvoi.Echec> echecs = new ArrayList<>();
        int envoyes = 0;
        if (serveur.isPresent()) {
            char[] motDePasse = serveur.get().motDePasseChiffre().isEmpty() ? new char[0]
                    : coffre.dechiffrer(serveur.get().motDePasseChiffre());
            for (RappelSuivis rappel : stockage.rappels().aEnvoyer(horloge.maintenant())) {
                RappelSuivis tente;
                try {
                    tente = stockage.rappels().save(rappel.tentative(horloge.maintenant()
                            .plus(EnvoyerCourriers.attente(rappel.tentatives() + 1))));
                } catch (ConflitDeModificationException e) {
                    continue; // another round has just taken it
                }
                try {
                    envoi.envoyer(serveur.get(), motDePasse, new CourrielSortant(tente.messageId(), tente.adresse(),
                            tente.objet(), tente.corps(), null, null));
                    RappelSuivis parti = tente.envoye(horloge.maintenant());
                    stockage.transactions().inTransaction(() -> {
                        stockage.rappels().save(parti);
                        stockage.suivis().noterRappel(parti.suiviIds(), parti.envoyeLe());
                        return null;
                    });
                    envoyes++;
                } catch (EnvoiImpossibleException e) {
                    stockage.rappels().save(tente.echec(e.raison()));
                    echecs.add(new RapportEnvoi.Echec("rappel du " + Horodatages.date(tente.jour()), e.raison()));
                }
            }
        }
        return new RapportEnvoi(envoyes, echecs, stockage.rappels().nombreNonEnvoyes());
    }
}
