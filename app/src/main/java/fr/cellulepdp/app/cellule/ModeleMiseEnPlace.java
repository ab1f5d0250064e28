package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.annuaire.ModeleAnnuaire;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Libelle;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * View model of the cell's set-up, which the coordinatrice goes through on an empty database (and from Fichier ›
 * Mise en place de la cellule…): four steps, always listed with what each holds, that she takes in the order she
 * likes, skips and comes back to — the cell, her own member form, the members, the directory. Each step is the view
 * model of the matching Paramètres part; a save in one updates the others (the members' quorum follows the cell,
 * the organisations suggested follow the directory).
 */
public final class ModeleMiseEnPlace {

    /** The steps, in their proposed order. */
    public enum Etape implements Libelle {
        CELLULE("La cellule"),
        MA_FICHE("Votre fiche de membre"),
        MEMBRES("Les membres"),
        ANNUAIRE("L'annuaire des organismes");

        private final String libelle;

        Etape(String libelle) {
            this.libelle = libelle;
        }

        @Override
        public String libelle() {
            return libelle;
        }
    }

    /**
     * What the set-up's steps use, built in the wiring (decision record 0044): the cell's identity and documents, the
     * members and directory, who acts, and how « Ma fiche » ties the account to her member ({@code reconnecter}).
     */
    public record CasDUsage(fr.cellulepdp.model.commun.Horloge horloge,
                            fr.cellulepdp.model.cellule.ParametrerCellule parametrerCellule,
                            fr.cellulepdp.model.cellule.ParametrerDocuments parametrerDocuments,
                            java.nio.file.Path dossierDonnees,
                            fr.cellulepdp.model.cellule.UtilisateurCourant session,
                            fr.cellulepdp.model.cellule.GererMembres gererMembres,
                            fr.cellulepdp.model.annuaire.GererAnnuaire gererAnnuaire,
                            java.util.function.Consumer<fr.cellulepdp.model.cellule.Utilisateur> reconnecter) {
    }

    private final CasDUsage cas;
    private final ExecuteurTaches executeur;
    private final ModeleCellule cellule;
    private final ModeleMaFiche maFiche;
    private final ModeleMembres membres;
    private final ModeleAnnuaire annuaire;
    private final ReadOnlyObjectWrapper<Etape> courante = new ReadOnlyObjectWrapper<>(Etape.CELLULE);
    private final Map<Etape, ReadOnlyBooleanWrapper> faites = new EnumMap<>(Etape.class);
    private final Map<Etape, ReadOnlyStringWrapper> etats = new EnumMap<>(Etape.class);
    private final ReadOnlyBooleanWrapper terminee = new ReadOnlyBooleanWrapper(false);
    private final StringBinding libelleSuivante;

    public ModeleMiseEnPlace(CasDUsage cas, ExecuteurTaches executeur) {
        this.cas = cas;
        this.executeur = executeur;
        this.cellule = new ModeleCellule(cas.horloge(), cas.parametrerCellule(),
                cas.parametrerDocuments(), cas.dossierDonnees(), executeur);
        this.maFiche = new ModeleMaFiche(cas.gererMembres(), cas.parametrerCellule(), cas.session(),
                cas.reconnecter(), executeur);
        this.membres = new ModeleMembres(cas.parametrerCellule(), cas.gererMembres(),
                cas.gererAnnuaire(), executeur);
        this.annuaire = new ModeleAnnuaire(cas.gererAnnuaire(), executeur);
        for (Etape etape : Etape.values()) {
            faites.put(etape, new ReadOnlyBooleanWrapper(false));
            etats.put(etape, new ReadOnlyStringWrapper(""));
        }
        // her member, the quorum rule and the organisations suggested are part of the members' step
        cellule.enregistrementsProperty().addListener((o, a, b) -> {
            membres.charger();
            maFiche.proposerOrganisation(cellule.cpamProperty().get().strip());
        });
        maFiche.fiche().enregistrementsProperty().addListener((o, a, b) -> membres.charger());
        annuaire.fiche().enregistrementsProperty().addListener((o, a, b) -> membres.charger());
        cellule.renseigneeProperty().addListener((o, a, b) -> actualiser());
        maFiche.faiteProperty().addListener((o, a, b) -> actualiser());
        membres.membres().addListener((ListChangeListener<Object>) c -> actualiser());
        membres.quorumPossibleProperty().addListener((o, a, b) -> actualiser());
        membres.manquantsProperty().addListener((o, a, b) -> actualiser());
        annuaire.organisations().addListener((ListChangeListener<Object>) c -> actualiser());
        libelleSuivante = Bindings.createStringBinding(() -> courante.get() == Etape.ANNUAIRE ? "Terminer"
                : faites.get(courante.get()).get() ? "Étape suivante ›" : "Passer cette étape ›",
                courante, faites.get(Etape.CELLULE), faites.get(Etape.MA_FICHE), faites.get(Etape.MEMBRES),
                faites.get(Etape.ANNUAIRE));
        actualiser();
    }

    /** True on a database whose cell is not set up yet, for the coordinatrice: the set-up opens by itself. */
    public static boolean aProposer(CasDUsage cas) {
        return cas.session().utilisateur().role() == Role.COORDINATRICE && cas.parametrerCellule().lire().isEmpty();
    }

    /** Reads every step, then shows the first one still to do (the cell on an empty database). */
    public void demarrer() {
        cellule.charger();
        maFiche.charger();
        membres.charger();
        annuaire.charger();
        executeur.executer(() -> new Avancement(cas.parametrerCellule().lire().isPresent(),
                cas.session().utilisateur().membreId() != null, ModeleMembres.manquants(cas.gererMembres().lister(),
                cas.parametrerCellule().lire().map(Cellule::quorum).orElse(RegleQuorum.PAR_DEFAUT)).isEmpty(),
                !cas.gererAnnuaire().actives().isEmpty()), avancement -> courante.set(avancement.premiere()),
                e -> { });
    }

    private record Avancement(boolean cellule, boolean maFiche, boolean membres, boolean annuaire) {
        Etape premiere() {
            return !cellule ? Etape.CELLULE : !maFiche ? Etape.MA_FICHE : !membres ? Etape.MEMBRES
                    : !annuaire ? Etape.ANNUAIRE : Etape.CELLULE;
        }
    }

    private void actualiser() {
        int actifs = (int) membres.membres().stream().filter(m -> m.actif()).count();
        long organismes = annuaire.organisations().stream().filter(Organisation::actif).count();
        String manque = membres.manquantsProperty().get();
        faites.get(Etape.CELLULE).set(cellule.renseigneeProperty().get());
        faites.get(Etape.MA_FICHE).set(maFiche.faiteProperty().get());
        faites.get(Etape.MEMBRES).set(actifs > 0 && membres.quorumPossibleProperty().get());
        faites.get(Etape.ANNUAIRE).set(organismes > 0);
        etats.get(Etape.CELLULE).set(cellule.renseigneeProperty().get() ? "renseignée" : "à renseigner");
        etats.get(Etape.MA_FICHE).set(maFiche.faiteProperty().get() ? "enregistrée" : "à remplir");
        etats.get(Etape.MEMBRES).set(actifs == 0 ? "aucun membre"
                : (actifs == 1 ? "1 membre actif" : actifs + " membres actifs")
                + (membres.quorumPossibleProperty().get() ? ", quorum possible" : manque.isEmpty() ? ""
                : " ; il manque " + manque));
        etats.get(Etape.ANNUAIRE).set(organismes == 0 ? "aucun organisme"
                : organismes == 1 ? "1 organisme" : organismes + " organismes");
        terminee.set(faites.values().stream().allMatch(ReadOnlyBooleanWrapper::get));
    }

    /** Shows this step: the coordinatrice chooses which. */
    public void aller(Etape etape) {
        courante.set(etape);
    }

    /** The next step, whether this one is done or skipped; false on the last one (the set-up is then closed). */
    public boolean suivante() {
        Etape etape = courante.get();
        if (etape.ordinal() == Etape.values().length - 1) {
            return false;
        }
        courante.set(Etape.values()[etape.ordinal() + 1]);
        return true;
    }

    public void precedente() {
        Etape etape = courante.get();
        if (etape.ordinal() > 0) {
            courante.set(Etape.values()[etape.ordinal() - 1]);
        }
    }

    public ReadOnlyObjectProperty<Etape> couranteProperty() {
        return courante.getReadOnlyProperty();
    }

    /** Whether the step is done: the cell saved, her form saved, members enough for the quorum, an organisation. */
    public ReadOnlyBooleanProperty faiteProperty(Etape etape) {
        return faites.get(etape).getReadOnlyProperty();
    }

    /** What the step holds now, in a few words: « renseignée », « 3 membres actifs, quorum possible »… */
    public ReadOnlyStringProperty etatProperty(Etape etape) {
        return etats.get(etape).getReadOnlyProperty();
    }

    /** True once every step is done. */
    public ReadOnlyBooleanProperty termineeProperty() {
        return terminee.getReadOnlyProperty();
    }

    /** « Étape suivante › » for a step done, « Passer cette étape › » for one still to do, « Terminer » at the end. */
    public StringBinding libelleSuivante() {
        return libelleSuivante;
    }

    public ModeleCellule cellule() {
        return cellule;
    }

    public ModeleMaFiche maFiche() {
        return maFiche;
    }

    public ModeleMembres membres() {
        return membres;
    }

    public ModeleAnnuaire annuaire() {
        return annuaire;
    }
}
