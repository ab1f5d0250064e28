package fr.cellulepdp.model.convocation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.notification.CourrielSortant;
import fr.cellulepdp.model.notification.CourrielsDesMembres;
import fr.cellulepdp.model.notification.EnvoiCourriel;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.notification.EnvoyerCourriers;
import fr.cellulepdp.model.notification.RapportEnvoi;
import fr.cellulepdp.model.notification.ServeurSmtp;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the members' e-mails due, within a round of {@link EnvoyerCourriers} (which checked the right and read
 * the server): for each, the attempt is committed first, then the message goes with its fixed Message-ID, and it is
 * marked sent only once the server accepted it; a failure keeps the server's answer and waits longer each time.
 */
public final class EnvoiCourrielsMembres implements CourrielsDesMembres {

    private final StockageConvocations stockage;
    private final EnvoiCourriel envoi;
    private final Horloge horloge;

    public EnvoiCourrielsMembres(StockageConvocations stockage, EnvoiCourriel envoi, Horloge horloge) {
        this.stockage = stockage;
        this.envoi = envoi;
        this.horloge = horloge;
    }

    @Override
    public int envoyer(Utilisateur acteur, ServeurSmtp serveur, char[] motDePasse, List<RapportEnvoi.Echec> echecs) {
        int envoyes = 0;
        for (CourrielMembre courriel : stockage.courrielsMembres().aEnvoyer(horloge.maintenant())) {
            Instant maintenant = horloge.maintenant();
            CourrielMembre tente;
            try {
                tente = stockage.courrielsMembres().save(courriel.tentative(
                        maintenant.plus(EnvoyerCourriers.attente(courriel.tentatives() + 1))));
            } catch (ConflitDeModificationException e) {
                // another round has just taken this e-mail
                continue;
            }
            try {
                envoi.envoyer(serveur, motDePasse, new CourrielSortant(tente.messageId(), tente.adresse(),
                        tente.objet(), tente.corps(), null, null, tente.pieces()));
                stockage.courrielsMembres().save(tente.envoye(horloge.maintenant()));
                new Audit(stockage, horloge).noter(acteur, "COURRIEL_MEMBRE_ENVOYE", "Seance", tente.seanceId(),
                        tente.nature().libelle() + " (SEQUENCE " + tente.sequence() + ") acceptée par le serveur, "
                                + "tentative " + tente.tentatives());
                envoyes++;
            } catch (EnvoiImpossibleException e) {
                stockage.courrielsMembres().save(tente.echec(e.raison()));
                echecs.add(new RapportEnvoi.Echec(tente.nature().libelle().toLowerCase(java.util.Locale.FRENCH)
                        + " " + tente.messageId(), e.raison()));
            }
        }
        return envoyes;
    }

    @Override
    public long enAttente() {
        return stockage.courrielsMembres().nombreEnAttente();
    }
}
