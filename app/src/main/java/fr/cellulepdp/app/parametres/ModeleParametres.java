package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.annuaire.ModeleAnnuaire;
import fr.cellulepdp.app.cellule.ModeleCellule;
import fr.cellulepdp.app.cellule.ModeleMembres;
import fr.cellulepdp.app.convocation.ModeleDiffusion;
import fr.cellulepdp.app.document.EffacementCourriers;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
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

    private final Services services;
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

    public ModeleParametres(Services services, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        this.services = services;
        this.executeur = executeur;
        this.erreur = erreur;
        this.role = services.utilisateur().role();
        cellule = new ModeleCellule(services.horloge(), services.parametrerCellule(), services.parametrerDocuments(),
                services.stockage(), services.dossierDonnees(), services.session(), executeur);
        membres = new ModeleMembres(services.parametrerCellule(), services.gererMembres(), services.gererAnnuaire(),
                services.session(), executeur);
        annuaire = new ModeleAnnuaire(services.gererAnnuaire(), services.session(), executeur);
        comptes = new ModeleComptes(services.gererComptes(), services.session(), executeur);
        diffusion = new ModeleDiffusion(services.parametrerDiffusion(), services.session(), executeur);
        motifsTypes = new ModeleMotifsTypes(services.motifsTypes(), services::utilisateur, executeur, erreur);
        quorum = new ModeleQuorum(services.parametrerQuorum(), services::utilisateur, executeur, erreur);
        modelesCourrier = new ModeleModelesCourrier(services.modelesCourrier(), services::utilisateur, executeur);
        smtp = new ModeleSmtp(services.parametrerSmtp(), services.envoyerCourriers(), services::utilisateur,
                executeur);
        protection = new ModeleProtection(services.parametrerProtection(), services::utilisateur, executeur);
        horodatage = new ModeleHorodatage(services.parametrerHorodatage(), services.session(), executeur);
        recoursAjournement = new ModeleRecoursAjournement(services.parametrerRecoursSurAjournement(),
                services.session(), executeur);
        courrierMiseADisposition = new ModeleCourrierMiseADisposition(services.misesADisposition(), services.session(),
                executeur);
        rappels = new ModeleRappels(services.reglerRappels(), services.session(), executeur);
        conservation = new ModeleConservation(services.conserverDonnees(),
                rapport -> EffacementCourriers.apres(services.dossierDocuments(),
                services.listerSeances(), services::genererDocuments, services.session(), rapport).texte(),
                        services::utilisateur, executeur);
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
        executeur.executer(() -> new Lecture(services.cellule(),
                services.catalogue().catalogue(services.utilisateur()).regles()), lecture -> {
            regles.setAll(lecture.regles());
            quorum.afficher(lecture.cellule().map(Cellule::quorum).orElse(RegleQuorum.PAR_DEFAUT));
            lecture.cellule().ifPresent(protection::afficher);
            celluleCreee.set(lecture.cellule().isPresent());
        }, erreur);
    }

    /** Checks the audit trail's hash chain (the Journal page lists it); the result is said in place. */
    public void verifierJournal() {
        executeur.executer(() -> services.verifierAudit().verifier(services.utilisateur(),
                services.sceauxDesProcesVerbaux()), r -> verificationJournal.set(r.message()),
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
        return "Connecté(e) sous l’identifiant « " + services.utilisateur().identifiant() + " » ("
                + role.libelle().toLowerCase() + ").";
    }

    /** What « Mon compte » says after the password dialog. */
    public ReadOnlyStringProperty etatMotDePasseProperty() {
        return etatMotDePasse.getReadOnlyProperty();
    }

    public void motDePasseChange() {
        etatMotDePasse.set("Mot de passe changé.");
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
