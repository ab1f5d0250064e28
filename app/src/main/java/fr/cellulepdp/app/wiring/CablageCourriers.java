package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.document.ExportsCourriers;
import fr.cellulepdp.app.document.ImagesLocales;
import fr.cellulepdp.app.notification.EnvoiSmtp;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.document.GererModelesCourrier;
import fr.cellulepdp.model.importation.ProduireMisesADisposition;
import fr.cellulepdp.model.notification.EnvoyerCourriers;
import fr.cellulepdp.model.notification.ParametrerSmtp;
import fr.cellulepdp.model.notification.RemettreCodePersonnel;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.suivi.EnvoyerRappels;
import fr.cellulepdp.model.suivi.ReglerRappels;
import fr.cellulepdp.reports.document.GenerateurPdf;

/** The use cases of the letters: the outbox and its mail server, the reminders, the letters' wording and exports. */
public final class CablageCourriers {

    private final Socle socle;

    CablageCourriers(Socle socle) {
        this.socle = socle;
    }

    public ParametrerSmtp parametrerSmtp() {
        return new ParametrerSmtp(socle.base(), socle.coffre(), socle.horloge(), socle.session());
    }

    public SuivreCourriers suivreCourriers() {
        return new SuivreCourriers(socle.base(), socle.horloge(), socle.session());
    }

    public EnvoyerCourriers envoyerCourriers() {
        return new EnvoyerCourriers(socle.base(), new EnvoiSmtp(), socle.coffre(), socle.horloge(), socle.session());
    }

    /** The daily reminders of follow-ups, through the same mail server and back-off as the letters. */
    public EnvoyerRappels envoyerRappels() {
        return new EnvoyerRappels(socle.base(), new EnvoiSmtp(), socle.coffre(), socle.horloge(), socle.session());
    }

    public ReglerRappels reglerRappels() {
        return new ReglerRappels(socle.base(), socle.horloge(), socle.session());
    }

    /** The personal code of the e-mailed letters, given on paper with the consent receipt. */
    public RemettreCodePersonnel remettreCodePersonnel() {
        return new RemettreCodePersonnel(socle.base(), new GenerateurPdf(), socle.horloge(), socle.session());
    }

    /** The « courriers de mise à disposition » to the people of the IJ 60 days list. */
    public ProduireMisesADisposition misesADisposition() {
        return new ProduireMisesADisposition(socle.base(), new GenerateurPdf(), new ImagesLocales(), socle.horloge(),
                socle.session());
    }

    public GererModelesCourrier modelesCourrier() {
        return new GererModelesCourrier(socle.base(), socle.horloge(), socle.session());
    }

    /** A meeting's letters to post in one PDF and a letter's e-mail, in the meeting's folder. */
    public ExportsCourriers exportsCourriers() {
        return new ExportsCourriers(socle.dossierDocuments(), suivreCourriers(), envoyerCourriers(), parametrerSmtp(),
                new ParametrerCellule(socle.base(), socle.horloge(), socle.session())::lire, socle.session());
    }
}
