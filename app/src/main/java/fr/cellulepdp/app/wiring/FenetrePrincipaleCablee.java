package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.audit.ModeleJournal;
import fr.cellulepdp.app.cellule.ModeleMiseEnPlace;
import fr.cellulepdp.app.compte.ModeleMotDePasse;
import fr.cellulepdp.app.demande.ModeleDossier;
import fr.cellulepdp.app.document.ModeleDocuments;
import fr.cellulepdp.app.indicateur.ModeleIndicateurs;
import fr.cellulepdp.app.parametres.ModeleParametres;
import fr.cellulepdp.app.sauvegarde.RestaurationFenetre;
import fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique;
import fr.cellulepdp.app.seance.FenetreSeance;
import fr.cellulepdp.app.seance.ModeleSeances;
import fr.cellulepdp.app.shell.FenetrePrincipale;
import fr.cellulepdp.app.shell.ModeleFenetrePrincipale;
import fr.cellulepdp.app.situation.ModeleFicheSituation;
import fr.cellulepdp.app.situation.PageSituations;
import fr.cellulepdp.app.suivi.ModeleSuivis;
import fr.cellulepdp.app.support.OuvreurDossier;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.ui.Dialogues;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The main window's wiring (decision record 0044): builds each page's view model and each dialog's use cases on the
 * open database, in the name of its session; the window receives this factory, never the composition root.
 */
public final class FenetrePrincipaleCablee implements FenetrePrincipale.Fabrique {

    private final Services services;

    public FenetrePrincipaleCablee(Services services) {
        this.services = services;
    }

    @Override
    public SauvegardeAutomatique sauvegardeAutomatique(Consumer<Instant> apres) {
        return services.sauvegardeAutomatique(apres);
    }

    @Override
    public ModeleFenetrePrincipale modele(SauvegardeAutomatique sauvegardeAutomatique, ExecuteurTaches executeur,
                                         Executor filInterface, Dialogues dialogues) {
        return new ModeleFenetrePrincipale(new ModeleFenetrePrincipale.CasDUsage(services.suivreCourriers(),
                services.envoyerCourriers(), services.importerListeIj60(), services.lireDossier(),
                services::referentsSociauxActifs, services::chargerLaDemo,
                new ModeleFenetrePrincipale.Restauration() {
                    @Override
                    public int verifier(Path sauvegarde, char[] motDePasse) {
                        return RestaurationFenetre.verifier(services.fichierBase(), sauvegarde, motDePasse);
                    }

                    @Override
                    public void restaurer(Path sauvegarde, char[] motDePasse, Runnable apres) {
                        RestaurationFenetre.restaurer(services.fichierBase(), services::close, sauvegardeAutomatique,
                                sauvegarde, motDePasse, apres);
                    }
                }), services.session(), services.descriptionBase(), services.basePartagee(),
                sauvegardeAutomatique, executeur, filInterface, dialogues, services::deconnecter);
    }

    @Override
    public PageSituations.Modeles situations(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return services.pageSituations(executeur, erreur);
    }

    @Override
    public ModeleSeances seances(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleSeances(services.listerSeances(), services.preparerSeance(),
                () -> services.stockage().membres().findAll(), services.session(), executeur, erreur);
    }

    @Override
    public FenetreSeance.Cablage fenetreSeance(ExecuteurTaches executeur) {
        return services.fenetreSeance(executeur);
    }

    @Override
    public ModeleSuivis suivis(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleSuivis(services.suivreSuivis(), () -> services.stockage().membres().findAll(),
                services.session(), services.horloge(), executeur, erreur);
    }

    @Override
    public ModeleDocuments documents(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleDocuments(services.consulterDocuments(), services.session(), executeur,
                OuvreurDossier.systeme(), erreur);
    }

    @Override
    public ModeleIndicateurs indicateurs(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleIndicateurs(services.horloge(), services.calculerIndicateurs(), services.listerSituations(),
                services.editerBilan(), services.exporterBilan(), services.session(), executeur, erreur);
    }

    @Override
    public ModeleParametres.CasDUsage parametres() {
        return services.casParametres();
    }

    @Override
    public ModeleJournal journal(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleJournal(services.consulterJournal(), services.verifierAudit(),
                services.sceauxDesProcesVerbaux(), services.session(), executeur, erreur);
    }

    @Override
    public ModeleMotDePasse motDePasse(ExecuteurTaches executeur) {
        return new ModeleMotDePasse(services.gererComptes(), services.session(), executeur);
    }

    @Override
    public ModeleMiseEnPlace.CasDUsage miseEnPlace() {
        return services.casMiseEnPlace();
    }

    @Override
    public ModeleDossier.CasDUsage dossier() {
        return services.casDossier();
    }

    @Override
    public ModeleFicheSituation.CasDUsage ficheSituation() {
        return services.casFicheSituation();
    }

    @Override
    public String descriptionBase() {
        return services.descriptionBase();
    }

    @Override
    public String version() {
        return VersionApplication.version();
    }
}
