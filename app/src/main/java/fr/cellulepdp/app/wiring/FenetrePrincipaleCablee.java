package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.audit.ModeleJournal;
import fr.cellulepdp.app.cellule.ModeleMiseEnPlace;
import fr.cellulepdp.app.compte.ModeleMotDePasse;
import fr.cellulepdp.app.demande.ModeleDemande;
import fr.cellulepdp.app.demande.ModeleDossier;
import fr.cellulepdp.app.document.ModeleDocuments;
import fr.cellulepdp.app.importation.CourriersMiseADisposition;
import fr.cellulepdp.app.importation.ModeleMisesADisposition;
import fr.cellulepdp.app.indicateur.ModeleIndicateurs;
import fr.cellulepdp.app.parametres.ModeleParametres;
import fr.cellulepdp.app.sauvegarde.RestaurationFenetre;
import fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique;
import fr.cellulepdp.app.seance.ActionsSeance;
import fr.cellulepdp.app.seance.FenetreSeance;
import fr.cellulepdp.app.seance.ModeleDeplacement;
import fr.cellulepdp.app.seance.ModeleSeances;
import fr.cellulepdp.app.shell.FenetrePrincipale;
import fr.cellulepdp.app.shell.ModeleFenetrePrincipale;
import fr.cellulepdp.app.signature.ModeleContresignature;
import fr.cellulepdp.app.situation.ModeleFicheSituation;
import fr.cellulepdp.app.situation.ModeleSituations;
import fr.cellulepdp.app.situation.PageSituations;
import fr.cellulepdp.app.suivi.ModeleSuivis;
import fr.cellulepdp.app.support.OuvreurDossier;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.notification.SuivreCourriers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The main window's wiring (decision record 0044): builds each page's view model and each dialog's use cases on the
 * open database, in the name of its session; the window receives this factory, never the composition root.
 */
public final class FenetrePrincipaleCablee implements FenetrePrincipale.Fabrique {

    private final Services services;
    private final java.util.function.IntConsumer delaiVerrouillage;

    /** Without a running inactivity lock (the tests' windows and view models). */
    public FenetrePrincipaleCablee(Services services) {
        this(services, minutes -> { });
    }

    /** @param delaiVerrouillage told the cell's inactivity delay once saved, so that the session's lock follows it */
    public FenetrePrincipaleCablee(Services services, java.util.function.IntConsumer delaiVerrouillage) {
        this.services = services;
        this.delaiVerrouillage = delaiVerrouillage;
    }

    @Override
    public SauvegardeAutomatique sauvegardeAutomatique(Consumer<Instant> apres) {
        return services.sauvegardes().sauvegardeAutomatique(apres);
    }

    @Override
    public ModeleFenetrePrincipale modele(SauvegardeAutomatique sauvegardeAutomatique, ExecuteurTaches executeur,
                                         Executor filInterface, Dialogues dialogues) {
        return new ModeleFenetrePrincipale(new ModeleFenetrePrincipale.CasDUsage(services.courriers().suivreCourriers(),
                services.courriers().envoyerCourriers(), services.situations().importerListeIj60(),
                services.situations().lireDossier(),
                services.miseEnPlace().gererMembres()::referentsSociauxActifs,
                services.miseEnPlace().chargementDemo()::charger,
                services.miseEnPlace().chargerDonneesDemo()::possible,
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
    public ModeleSeances seances(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleSeances(services.seances().listerSeances(), services.seances().preparerSeance(),
                services.miseEnPlace().gererMembres()::lister, services.session(), executeur, erreur);
    }

    @Override
    public ModeleSuivis suivis(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleSuivis(services.situations().suivreSuivis(), services.miseEnPlace().gererMembres()::lister,
                services.session(), services.horloge(), executeur, erreur);
    }

    @Override
    public ModeleDocuments documents(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleDocuments(services.documents().consulterDocuments(), services.session(), executeur,
                OuvreurDossier.systeme(), erreur);
    }

    @Override
    public ModeleIndicateurs indicateurs(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleIndicateurs(services.horloge(), services.bilans().calculerIndicateurs(),
                services.situations().listerSituations(),
                services.bilans().editerBilan(), services.bilans().exporterBilan(), services.session(), executeur,
                erreur);
    }

    @Override
    public ModeleJournal journal(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new ModeleJournal(services.bilans().consulterJournal(), services.bilans().verifierAudit(),
                services.bilans().sceauxDesProcesVerbaux(), executeur, erreur);
    }

    @Override
    public ModeleMotDePasse motDePasse(ExecuteurTaches executeur) {
        return new ModeleMotDePasse(services.miseEnPlace().gererComptes(), services.session(), executeur);
    }

    /** What the situation forms use. */
    @Override
    public ModeleFicheSituation.CasDUsage ficheSituation() {
        return new ModeleFicheSituation.CasDUsage(services.situations().creerSituation(),
                services.situations().modifierSituation(),
                services.miseEnPlace().gererAnnuaire(), services.horloge(), services.session());
    }

    /** What the request form uses (a person's file opens it). */
    public ModeleDemande.CasDUsage demande() {
        return new ModeleDemande.CasDUsage(services.situations().gererDemandes(),
                services.miseEnPlace().gererAnnuaire(), services.horloge(),
                services.session());
    }

    /** What a situation's file dialog uses, and the forms it opens. */
    @Override
    public ModeleDossier.CasDUsage dossier() {
        var situations = services.situations();
        var membres = services.miseEnPlace().gererMembres();
        return new ModeleDossier.CasDUsage(services.session(), situations.avisMedical(),
                situations.historiquePersonne(), services.courriers().suivreCourriers(), situations.gererDemandes(),
                situations.lireDossier(), membres::referentsSociauxActifs, membres::lister,
                services.seances().controleDecision(), services.seances().deciderEnUrgence(),
                services.bilans().exporterDonneesPersonne(), ficheSituation(), demande());
    }

    /** What the set-up's steps use; « Ma fiche » ties the session's account to her member. */
    @Override
    public ModeleMiseEnPlace.CasDUsage miseEnPlace() {
        return new ModeleMiseEnPlace.CasDUsage(services.horloge(), services.miseEnPlace().parametrerCellule(),
                services.miseEnPlace().parametrerDocuments(), services.dossierDonnees(), services.session(),
                services.miseEnPlace().gererMembres(), services.miseEnPlace().gererAnnuaire(), services::connecter);
    }

    /** The Situations page's view models. */
    @Override
    public PageSituations.Modeles situations(ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new PageSituations.Modeles(new ModeleSituations(services.situations().listerSituations(),
                services.miseEnPlace().gererMembres()::referentsSociauxActifs, executeur, erreur),
                new ModeleMisesADisposition(services.courriers().misesADisposition(), new CourriersMiseADisposition(
                        services.courriers().misesADisposition(), services.dossierDocuments()),
                        services.session(), executeur));
    }

    /** What a meeting window uses; {@code executeur} runs its dialogs' use cases. */
    @Override
    public FenetreSeance.Cablage fenetreSeance(ExecuteurTaches executeur) {
        return new FenetreSeance.Cablage(seance(), services.documents().generationDocuments(),
                seance -> new ModeleDeplacement(services.seances().deplacerSeance(), executeur, seance),
                seanceId -> new ModeleContresignature(services.documents().contresignature(),
                        services.seances().consulterSeance(),
                        services.dossierDocuments(), services.session(), executeur, seanceId),
                services.basePartagee());
    }

    /** The meeting window's use cases in the name of the session's user, for its view model (and the tests). */
    public ActionsSeance.CasDUsage seance() {
        var exports = services.courriers().exportsCourriers();
        return new ActionsSeance.CasDUsage(services.seances().consulterSeance(), services.seances().deciderEnSeance(),
                services.seances().rectifierDecision(), services.seances().tenirSeance(),
                services.seances()::convoquerSeance,
                services.courriers().suivreCourriers(), services.seances().preparerSeance(),
                services.documents()::genererDocuments,
                new ActionsSeance.Exports() {
                    @Override
                    public Optional<DocumentProduit> courriersAPoster(UUID seanceId, int numero) {
                        return exports.courriersAPoster(seanceId, numero);
                    }

                    @Override
                    public Path eml(int numero, SuivreCourriers.Ligne ligne) throws EnvoiImpossibleException {
                        return exports.eml(numero, ligne);
                    }
                }, services.session());
    }

    /** What the Paramètres page's editors use. */
    @Override
    public ModeleParametres.CasDUsage parametres() {
        var cellule = services.miseEnPlace();
        var courriers = services.courriers();
        return new ModeleParametres.CasDUsage(services.session(), services.horloge(), cellule.parametrerCellule(),
                cellule.parametrerDocuments(), services.dossierDonnees(),
                services.dossierDocuments(), cellule.gererMembres(), cellule.gererAnnuaire(), cellule.gererComptes(),
                services.seances().parametrerDiffusion(), services.seances().motifsTypes(), cellule.parametrerQuorum(),
                courriers.modelesCourrier(), courriers.parametrerSmtp(), courriers.envoyerCourriers(),
                cellule.parametrerProtection(), services.documents().parametrerHorodatage(),
                cellule.parametrerRecoursSurAjournement(), courriers.misesADisposition(), courriers.reglerRappels(),
                services.bilans().conserverDonnees(), services.seances().listerSeances(),
                services.documents()::genererDocuments, cellule.parametrerCellule()::lire, cellule.catalogue(),
                services.bilans().verifierAudit(), services.bilans().sceauxDesProcesVerbaux(), services.coffre(),
                delaiVerrouillage);
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
