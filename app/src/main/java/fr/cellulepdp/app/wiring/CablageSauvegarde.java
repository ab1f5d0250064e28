package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.sauvegarde.CopieComplete;
import fr.cellulepdp.app.sauvegarde.Sauvegarde;
import fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.persistence.base.AccesBase;
import java.time.Instant;
import java.util.function.Consumer;

/** The backups of the open database (by hand, automatic) and its whole copy for migrate-db. */
public final class CablageSauvegarde {

    private final Socle socle;
    private final AccesBase acces;

    CablageSauvegarde(Socle socle, AccesBase acces) {
        this.socle = socle;
        this.acces = acces;
    }

    /** The copy of the whole base, refused to anyone but the coordinatrice. */
    public CopieComplete copieComplete() {
        return new CopieComplete(socle.base(), socle.session());
    }

    /** What a backup reads of this database. */
    public Sauvegarde.Source sauvegarde() {
        CopieComplete copie = copieComplete();
        return new Sauvegarde.Source(socle.dossierDonnees(), copie::autoriserSauvegarde, copie::versZip,
                acces::trousseauPourSauvegarde,
                () -> SceauJournal.Sceau.tete(socle.base(), socle.session().utilisateur().identifiant())
                        .map(SceauJournal.Sceau::enTexte));
    }

    /** The window's automatic backups; {@code apres} receives the time of each. */
    public SauvegardeAutomatique sauvegardeAutomatique(Consumer<Instant> apres) {
        return new SauvegardeAutomatique(sauvegarde(), socle.horloge(), socle.coffre()::dechiffrer, socle.session(),
                apres);
    }
}
