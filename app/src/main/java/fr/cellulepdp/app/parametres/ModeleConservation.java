package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.commun.Nombres;
import fr.cellulepdp.model.protection.ConserverDonnees;
import fr.cellulepdp.model.protection.ConserverDonnees.Candidat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * View model of the retention rule: « Lister » finds the people whose files have all been inactive for longer than
 * the cell's retention period; « Anonymiser… » (enabled once some are listed; the view asks to confirm) erases them
 * and says what was done, in counts, letters made again included.
 */
final class ModeleConservation {

    private final ConserverDonnees conserver;
    /** The letters and agendas made again from the anonymised records (files on disk: an edge). */
    private final Function<ConserverDonnees.Rapport, String> refaireDocuments;
    private final ExecuteurTaches executeur;
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper anonymisable = new ReadOnlyBooleanWrapper(false);

    ModeleConservation(ConserverDonnees conserver, Function<ConserverDonnees.Rapport, String> refaireDocuments,
            ExecuteurTaches executeur) {
        this.conserver = conserver;
        this.refaireDocuments = refaireDocuments;
        this.executeur = executeur;
    }

    void lister() {
        executeur.executer(() -> conserver.aAnonymiser(), candidats -> {
            anonymisable.set(!candidats.isEmpty());
            etat.set(candidats.isEmpty() ? "Aucun dossier n'a dépassé la durée de conservation."
                    : Nombres.entier(candidats.size()) + " personne(s) à anonymiser — dossiers : "
                    + dossiers(candidats));
        }, e -> etat.set(MessagesErreur.refus("Liste impossible", e)));
    }

    /** Once confirmed by the user. */
    void anonymiser() {
        executeur.executer(() -> {
            ConserverDonnees.Rapport rapport = conserver.anonymiser();
            return rapport.texte() + " " + refaireDocuments.apply(rapport);
        }, texte -> {
            anonymisable.set(false);
            etat.set(texte);
        }, e -> etat.set(MessagesErreur.refus("Anonymisation refusée", e)));
    }

    private static String dossiers(List<Candidat> candidats) {
        return candidats.stream().flatMap(c -> c.dossiers().stream()).collect(Collectors.joining(", "));
    }

    ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty anonymisableProperty() {
        return anonymisable.getReadOnlyProperty();
    }
}
