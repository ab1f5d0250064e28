package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.annuaire.ModeleAnnuaire;
import fr.cellulepdp.app.cellule.ModeleCellule;
import fr.cellulepdp.app.cellule.ModeleMembres;
import fr.cellulepdp.app.convocation.ModeleDiffusion;
import fr.cellulepdp.app.document.EffacementCourriers;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.mesure.RegleMesure;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the « Paramètres » page: the tabs the user logged in may use (the coordinatrice sets the cell; every
 * member, partners included, changes only his own password), the view models of the editors of each tab, the
 * measure catalogue and the cell's rules read together, and the check of the audit trail. Nothing is read for a tab
 * the user does not see: the use cases would refuse it.
 */
public final class ModeleParametres {

    /** The tabs of the page, in their order; {@code id} names the tab in the window and in the tests. */
    public enum Onglet {
        CELLULE("cellule", "Cellule"),
        MEMBRES("membres", "Membres"),
        ANNUAIRE("annuaire", "Annuaire des organismes"),
        COMPTES("comptes", "Comptes"),
        SEANCES("seances", "Séances et décisions"),
        COURRIERS("courriers", "Courriers"),
        PROTECTION("protection", "Protection et sauvegarde"),
        MON_COMPTE("mon-compte", "Mon compte");

        private final String id;
        private final String titre;

        Onglet(String id, String titre) {
            this.id = id;
            this.titre = titre;
        }

        public String id() {
            return id;
        }

        public String titre() {
            return titre;
        }
    }

    /**
     * What the page's editors use, built in the wiring (decision record 0044), named as the wiring names them: who
     * acts, the cell's settings, the members, accounts and directory, the letters and mail server, the protection
     * rules and the check of the trail; the documents' use case is made when used (it reads this computer's
     * signature settings), the computer's key protects the backups' password.
     */
    public record CasDUsage(UtilisateurCourant session, fr.cellulepdp.model.commun.Horloge horloge,
                            fr.cellulepdp.model.cellule.ParametrerCellule parametrerCellule,
                            fr.cellulepdp.model.cellule.ParametrerDocuments parametrerDocuments,
                            java.nio.file.Path dossierDonnees,
                            java.nio.file.Path dossierDocuments,
                            fr.cellulepdp.model.cellule.GererMembres gererMembres,
                            fr.cellulepdp.model.annuaire.GererAnnuaire gererAnnuaire,
                            fr.cellulepdp.model.compte.GererComptes gererComptes,
                            fr.cellulepdp.model.convocation.ParametrerDiffusion parametrerDiffusion,
                            fr.cellulepdp.model.decision.GererMotifsTypes motifsTypes,
                            fr.cellulepdp.model.cellule.ParametrerQuorum parametrerQuorum,
                            fr.cellulepdp.model.document.GererModelesCourrier modelesCourrier,
                            fr.cellulepdp.model.notification.ParametrerSmtp parametrerSmtp,
                            fr.cellulepdp.model.notification.EnvoyerCourriers envoyerCourriers,
                            fr.cellulepdp.model.cellule.ParametrerProtection parametrerProtection,
                            fr.cellulepdp.app.document.ParametrerHorodatage parametrerHorodatage,
                            fr.cellulepdp.model.cellule.ParametrerRecoursSurAjournement parametrerRecoursSurAjournement,
                            fr.cellulepdp.model.importation.ProduireMisesADisposition misesADisposition,
                            fr.cellulepdp.model.suivi.ReglerRappels reglerRappels,
                            fr.cellulepdp.model.protection.ConserverDonnees conserverDonnees,
                            fr.cellulepdp.model.seance.ListerSeances listerSeances,
                            java.util.function.Supplier<fr.cellulepdp.model.document.GenererDocumentsSeance>
                                    genererDocuments,
                            java.util.function.Supplier<Optional<Cellule>> cellule,
                            fr.cellulepdp.model.mesure.ConsulterCatalogue catalogue,
                            fr.cellulepdp.model.audit.VerifierAudit verifierAudit,
                            fr.cellulepdp.model.audit.SceauJournal.Externes sceauxDesProcesVerbaux,
                            fr.cellulepdp.model.notification.Coffre coffre,
                            java.util.function.IntConsumer delaiVerrouillage) {
    }

    private final CasDUsage cas;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final Role role;
    private final ObservableList<RegleMesure> regles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper celluleCreee = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper verificationJournal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper etatMotDePasse = new ReadOnlyStringWrapper("");
    private final ModeleCellule cellule;
    private final ModeleMembres membres;
    private final ModeleAnnuaire annuaire;
    private final ModeleComptes comptes;
    private final ModeleDiffusion diffusion;
    private final ModeleMotifsTypes motifsTypes;
    private final ModeleQuorum quorum;
    private final ModeleModelesCourrier modelesCourrier;
    private final ModeleSmtp smtp;
    private final ModeleProtection protection;
    private final ModeleHorodatage horodatage;
    private final ModeleRecoursAjournement recoursAjournement;
    private final ModeleCourrierMiseADisposition courrierMiseADisposition;
    private final ModeleRappels rappels;
    private final ModeleConservation conservation;

    public ModeleParametres(CasDUsage cas, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        this.cas = cas;
        this.executeur = executeur;
        this.erreur = erreur;
        this.role = cas.session().utilisateur().role();
        cellule = new ModeleCellule(cas.horloge(), cas.parametrerCellule(), cas.parametrerDocuments(),
                cas.dossierDonnees(), executeur);
        membres = new ModeleMembres(cas.parametrerCellule(), cas.gererMembres(), cas.gererAnnuaire(), executeur);
        annuaire = new ModeleAnnuaire(cas.gererAnnuaire(), executeur);
        comptes = new ModeleComptes(cas.gererComptes(), executeur);
        diffusion = new ModeleDiffusion(cas.parametrerDiffusion(), executeur);
        motifsTypes = new ModeleMotifsTypes(cas.motifsTypes(), executeur, erreur);
        quorum = new ModeleQuorum(cas.parametrerQuorum(), executeur, erreur);
        modelesCourrier = new ModeleModelesCourrier(cas.modelesCourrier(), executeur);
        smtp = new ModeleSmtp(cas.parametrerSmtp(), cas.envoyerCourriers(), cas.session(),
                executeur);
        protection = new ModeleProtection(cas.parametrerProtection(), cas.delaiVerrouillage(), executeur);
        horodatage = new ModeleHorodatage(cas.parametrerHorodatage(), executeur);
        recoursAjournement = new ModeleRecoursAjournement(cas.parametrerRecoursSurAjournement(), executeur);
        courrierMiseADisposition = new ModeleCourrierMiseADisposition(cas.misesADisposition(), executeur);
        rappels = new ModeleRappels(cas.reglerRappels(), executeur);
        conservation = new ModeleConservation(cas.conserverDonnees(),
                rapport -> EffacementCourriers.apres(cas.dossierDocuments(),
                cas.listerSeances(), cas.genererDocuments(), cas.session(), rapport).texte(),
                        executeur);
        // members and accounts go together; the organisations and the cell's CPAM are suggested to members
        membres.fiche().enregistrementsProperty().addListener((o, a, b) -> comptes.charger());
        annuaire.fiche().enregistrementsProperty().addListener((o, a, b) -> membres.charger());
        cellule.enregistrementsProperty().addListener((o, a, b) -> lireReglesDeSeance());
    }

    /**
     * The tabs this role may use: all of them for the coordinatrice, who alone sets the cell (each use case checks
     * it again); only « Mon compte » for the others.
     */
    public List<Onglet> onglets() {
        return role == Role.COORDINATRICE ? Arrays.asList(Onglet.values()) : List.of(Onglet.MON_COMPTE);
    }

    /** The user sets the cell (every tab but « Mon compte »). */
    public boolean regleLaCellule() {
        return role == Role.COORDINATRICE;
    }

    /** Reads what the tabs the user sees show. */
    public void actualiser() {
        if (!regleLaCellule()) {
            return;
        }
        cellule.charger();
        membres.charger();
        annuaire.charger();
        comptes.charger();
        horodatage.charger();
        motifsTypes.actualiser();
        modelesCourrier.actualiser();
        smtp.actualiser();
        diffusion.charger();
        lireReglesDeSeance();
    }

    /** The measure catalogue and the rules kept with the cell: none can be set before the cell exists. */
    private void lireReglesDeSeance() {
        executeur.executer(() -> new Lecture(cas.cellule().get(),
                cas.catalogue().catalogue().regles()), lecture -> {
            regles.setAll(lecture.regles());
            quorum.afficher(lecture.cellule().map(Cellule::quorum).orElse(RegleQuorum.PAR_DEFAUT));
            lecture.cellule().ifPresent(protection::afficher);
            celluleCreee.set(lecture.cellule().isPresent());
        }, erreur);
    }

    /** Checks the audit trail's hash chain (the Journal page lists it); the result is said in place. */
    public void verifierJournal() {
        executeur.executer(() -> cas.verifierAudit().verifier(cas.sceauxDesProcesVerbaux()), r -> verificationJournal.set(r.message()),
                ex -> verificationJournal.set(MessagesErreur.pourUtilisateur(ex)));
    }

    public ReadOnlyStringProperty verificationJournalProperty() {
        return verificationJournal.getReadOnlyProperty();
    }

    /** The cell exists: the quorum and data-protection rules, kept with it, can be set. */
    public ReadOnlyBooleanProperty celluleCreeeProperty() {
        return celluleCreee.getReadOnlyProperty();
    }

    public ObservableList<RegleMesure> regles() {
        return regles;
    }

    /** Who is logged in, as « Mon compte » says it. */
    public String identite() {
        return "Connecté(e) sous l’identifiant « " + cas.session().utilisateur().identifiant() + " » ("
                + role.libelle().toLowerCase() + ").";
    }

    /** What « Mon compte » says after the password dialog. */
    public ReadOnlyStringProperty etatMotDePasseProperty() {
        return etatMotDePasse.getReadOnlyProperty();
    }

    public void motDePasseChange() {
        etatMotDePasse.set("Mot de passe changé.");
    }

    /** The password dialog of « Mon compte ». */
    fr.cellulepdp.app.compte.ModeleMotDePasse motDePasse() {
        return new fr.cellulepdp.app.compte.ModeleMotDePasse(cas.gererComptes(), cas.session(), executeur);
    }

    /** Where the automatic backup's settings are written, and the key that protects their password. */
    java.nio.file.Path dossierDonnees() {
        return cas.dossierDonnees();
    }

    fr.cellulepdp.model.notification.Coffre coffre() {
        return cas.coffre();
    }

    ModeleCellule cellule() {
        return cellule;
    }

    ModeleMembres membres() {
        return membres;
    }

    ModeleAnnuaire annuaire() {
        return annuaire;
    }

    ModeleComptes comptes() {
        return comptes;
    }

    ModeleDiffusion diffusion() {
        return diffusion;
    }

    ModeleMotifsTypes motifsTypes() {
        return motifsTypes;
    }

    ModeleQuorum quorum() {
        return quorum;
    }

    ModeleModelesCourrier modelesCourrier() {
        return modelesCourrier;
    }

    ModeleSmtp smtp() {
        return smtp;
    }

    ModeleProtection protection() {
        return protection;
    }

    ModeleHorodatage horodatage() {
        return horodatage;
    }

    ModeleRecoursAjournement recoursAjournement() {
        return recoursAjournement;
    }

    ModeleCourrierMiseADisposition courrierMiseADisposition() {
        return courrierMiseADisposition;
    }

    ModeleRappels rappels() {
        return rappels;
    }

    ModeleConservation conservation() {
        return conservation;
    }

    private record Lecture(Optional<Cellule> cellule, List<RegleMesure> regles) {
    }
}
