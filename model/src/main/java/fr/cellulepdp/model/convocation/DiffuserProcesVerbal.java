package fr.cellulepdp.model.convocation;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.document.DiffusionProcesVerbal;
import fr.cellulepdp.model.notification.PieceJointe;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import java.util.List;
import java.util.Optional;

/**
 * After the meeting, once its minutes are signed: queues the minutes' extract (pseudonymised, made for his
 * organisation type: only the files whose consent covers it) to each convoked partner and, when the cell chose it, the full minutes to each convoked internal member. Called inside the
 * transaction that records the meeting's documents; a member who already has theirs is never sent it twice.
 */
public final class DiffuserProcesVerbal implements DiffusionProcesVerbal {

    private final StockageConvocations stockage;
    private final Horloge horloge;

    public DiffuserProcesVerbal(StockageConvocations stockage, Horloge horloge) {
        this.stockage = stockage;
        this.horloge = horloge;
    }

    /**
     * @param extraits the extract for the partners of a given organisation type (the common one for null, which a
     *                 partner of unknown type receives and which then lists nothing)
     * @return the number of e-mails queued
     */
    @Override
    public int mettreEnFile(Utilisateur acteur, Seance seance, byte[] procesVerbalSigne,
                            java.util.function.Function<fr.cellulepdp.model.cellule.Partenaire, byte[]> extraits) {
        Droits.coordinatrice(acteur, "diffusion", "diffuse le procès-verbal");
        Cellule cellule = stockage.cellules().renseignee();
        boolean auxInternes = stockage.courrielsMembres().procesVerbalAuxInternes();
        List<CourrielMembre> deja = stockage.courrielsMembres().deLaSeance(seance.id());
        int misEnFile = 0;
        for (Membre membre : seance.presences().stream().map(Presence::membreId).map(stockage.membres()::find)
                .flatMap(Optional::stream).filter(m -> m.actif() && !m.email().isBlank()).toList()) {
            boolean partenaire = !membre.role().estInterne();
            NatureCourrielMembre nature = partenaire ? NatureCourrielMembre.EXTRAIT_PROCES_VERBAL
                    : NatureCourrielMembre.PROCES_VERBAL;
            if ((!partenaire && !auxInternes) || deja.stream().anyMatch(c -> c.membreId().equals(membre.id())
                    && c.nature() == nature)) {
                continue;
            }
            String quoi = partenaire ? "Extrait du procès-verbal" : "Procès-verbal";
            stockage.courrielsMembres().save(CourrielMembre.nouveau(seance.id(), membre.id(), nature, 0, "",
                    membre.email(), quoi + " — séance n° " + seance.numero() + " de la " + cellule.nom(),
                    "Bonjour,\n\nVous trouverez en pièce jointe " + (partenaire ? "l’extrait pour les partenaires "
                            + "(pseudonymisé) du procès-verbal" : "le procès-verbal signé") + " de la séance n° "
                            + seance.numero() + " de la " + cellule.nom() + ". Ce document est confidentiel : "
                            + "merci de ne pas le diffuser au-delà de votre structure.\n\n"
                            + cellule.signataire() + "\n" + cellule.nom() + "\n",
                    List.of(new PieceJointe((partenaire ? "proces-verbal-extrait-seance-" : "proces-verbal-seance-")
                            + seance.numero() + ".pdf", "application/pdf", partenaire
                            ? extraits.apply(membre.partenaire()) : procesVerbalSigne)),
                    horloge.maintenant()));
            misEnFile++;
        }
        return misEnFile;
    }
}
