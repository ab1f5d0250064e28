package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Quorum;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the cell's members (the set-up's members step and Paramètres › Membres): the list, active members
 * first; the form of the member chosen or of a new one; deactivating, reactivating and deleting (which the use case
 * refuses for a member who took part in the cell's work). It also says whether the active members can make the
 * cell's quorum, and what is missing.
 */
public final class ModeleMembres {

    private final ParametrerCellule parametrerCellule;
    private final GererMembres gererMembres;
    private final GererAnnuaire gererAnnuaire;
    private final ExecuteurTaches executeur;
    private final ObservableList<Membre> membres = FXCollections.observableArrayList();
    private final ObservableList<String> organisations = FXCollections.observableArrayList();
    private final ModeleFicheMembre fiche = new ModeleFicheMembre();
    private final ReadOnlyObjectWrapper<Membre> enEdition = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper composition = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper quorumPossible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper manquants = new ReadOnlyStringWrapper("");

    public ModeleMembres(ParametrerCellule parametrerCellule, GererMembres gererMembres, GererAnnuaire gererAnnuaire,
            ExecuteurTaches executeur) {
        this.parametrerCellule = parametrerCellule;
        this.gererMembres = gererMembres;
        this.gererAnnuaire = gererAnnuaire;
        this.executeur = executeur;
    }

    private record Lecture(List<Membre> membres, List<Organisation> organisations, RegleQuorum regle, String cpam) {
    }

    /** Reads the members again, and the organisations the form suggests; the form is left as it is. */
    public void charger() {
        executeur.executer(() -> {
            var cellule = parametrerCellule.lire();
            return new Lecture(gererMembres.lister(), gererAnnuaire.actives(),
                    cellule.map(Cellule::quorum).orElse(RegleQuorum.PAR_DEFAUT),
                    cellule.map(Cellule::cpam).orElse(""));
        }, lu -> {
            // the quorum first: whoever follows the list reads it with the list
            List<String> manque = manquants(lu.membres(), lu.regle());
            composition.set(composition(lu.membres(), manque));
            quorumPossible.set(manque.isEmpty());
            manquants.set(String.join(", ", manque));
            membres.setAll(lu.membres());
            Set<String> noms = new LinkedHashSet<>();
            if (!lu.cpam().isEmpty()) {
                noms.add(lu.cpam());
            }
            lu.organisations().forEach(o -> noms.add(o.nom()));
            lu.membres().forEach(m -> noms.add(m.organisation()));
            noms.remove("");
            organisations.setAll(noms);
        }, fiche::echec);
    }

    /** What the active members lack to make the quorum of {@code regle} all present (empty: nothing). */
    static List<String> manquants(List<Membre> membres, RegleQuorum regle) {
        List<Membre> actifs = membres.stream().filter(Membre::actif).toList();
        Seance tous = new Seance(UUID.randomUUID(), 0, 0, java.time.LocalDate.EPOCH, null, "", "",
                StatutSeance.PLANIFIEE, null, actifs.stream().map(m -> new Presence(m.id(), EtatPresence.PRESENT))
                .toList(), List.of(), List.of(), "");
        return Quorum.manquants(regle, tous, actifs.stream().collect(Collectors.toMap(Membre::id,
                Function.identity())));
    }

    /** "4 membres actifs (…). Tous présents, ils réunissent le quorum…" or what is missing for it. */
    private static String composition(List<Membre> membres, List<String> manquants) {
        List<Membre> actifs = membres.stream().filter(Membre::actif).toList();
        if (actifs.isEmpty()) {
            return "Aucun membre pour l'instant. Pour réunir le quorum de la cellule, il faut "
                    + String.join(", ", manquants) + ".";
        }
        String parRole = actifs.stream().collect(Collectors.groupingBy(Membre::role, java.util.TreeMap::new,
                Collectors.counting())).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().libelle().toLowerCase(java.util.Locale.FRENCH))
                .collect(Collectors.joining(", "));
        return actifs.size() + (actifs.size() == 1 ? " membre actif (" : " membres actifs (") + parRole + "). "
                + (manquants.isEmpty() ? "Tous présents, ils réunissent le quorum de la cellule."
                : "Pour réunir le quorum de la cellule, il manque " + String.join(", ", manquants) + ".");
    }

    /** An empty form for a new member. */
    public void nouveau() {
        enEdition.set(null);
        fiche.afficher(null);
        fiche.dire("");
    }

    /** The form filled with this member, to change them. */
    public void editer(Membre membre) {
        if (membre == null) {
            nouveau();
            return;
        }
        enEdition.set(membre);
        fiche.afficher(membre.fiche());
        fiche.dire("");
    }

    /** Adds the new member or changes the one chosen; refused with every problem, nothing saved, while any remains. */
    public void enregistrer() {
        if (fiche.refuserSiInvalide("Enregistrement refusé")) {
            return;
        }
        FicheMembre saisie = fiche.fiche();
        Membre lu = enEdition.get();
        executeur.executer(() -> lu == null ? gererMembres.ajouter(saisie)
                : gererMembres.modifier(lu, saisie), membre -> {
                    enEdition.set(membre);
                    fiche.afficher(membre.fiche());
                    fiche.reussi((lu == null ? "Membre ajouté : " : "Membre enregistré : ") + membre.nomComplet()
                            + " (" + membre.role().libelle().toLowerCase(java.util.Locale.FRENCH) + ").");
                    charger();
                }, e -> fiche.refuse("Enregistrement refusé", e));
    }

    /** Deactivates an active member (no longer convoked; their account disabled), or reactivates one. */
    public void basculerActif(Membre membre) {
        executeur.executer(() -> gererMembres.activer(membre.id(),
                !membre.actif()), change -> {
                    if (enEdition.get() != null && enEdition.get().id().equals(change.id())) {
                        enEdition.set(change);
                    }
                    fiche.reussi(change.nomComplet() + (change.actif() ? " : fiche réactivée (son compte, s'il "
                            + "en a un, reste désactivé)." : " : fiche désactivée (plus convoqué(e) aux séances ; son "
                            + "compte, s'il en a un, est désactivé)."));
                    charger();
                }, e -> fiche.refuse("Modification refusée", e));
    }

    /** Deletes a member typed by mistake; refused, in French, for one who took part in the cell's work. */
    public void supprimer(Membre membre) {
        executeur.executer(() -> {
            gererMembres.supprimer(membre.id());
            return membre;
        }, supprime -> {
            if (enEdition.get() != null && enEdition.get().id().equals(supprime.id())) {
                nouveau();
            }
            fiche.reussi("Fiche de " + supprime.nomComplet() + " supprimée.");
            charger();
        }, e -> fiche.refuse("Suppression refusée", e));
    }

    public ObservableList<Membre> membres() {
        return membres;
    }

    /** The names the organisation field suggests: the cell's CPAM, the directory, the members' organisations. */
    public ObservableList<String> organisations() {
        return organisations;
    }

    public ModeleFicheMembre fiche() {
        return fiche;
    }

    /** The member the form changes; null for a new one. */
    public ReadOnlyObjectProperty<Membre> enEditionProperty() {
        return enEdition.getReadOnlyProperty();
    }

    /** True when the active members, all present, make the cell's quorum. */
    public ReadOnlyBooleanProperty quorumPossibleProperty() {
        return quorumPossible.getReadOnlyProperty();
    }

    /** What the active members lack for the quorum ("1 référent(e) médical(e)"), empty when nothing. */
    public ReadOnlyStringProperty manquantsProperty() {
        return manquants.getReadOnlyProperty();
    }

    /** The active members by role, and whether they can make the quorum. */
    public ReadOnlyStringProperty compositionProperty() {
        return composition.getReadOnlyProperty();
    }
}
