package fr.cellulepdp.app.audit;

import fr.cellulepdp.app.ui.ModeleListe;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.audit.ConsulterJournal;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.cellule.Utilisateur;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of the Journal page: the entries of the audit trail matching the filter typed, newest first, and the
 * check of the hash chain — its verdict in words, and whether the trail is intact (null before any check).
 */
public final class ModeleJournal {

    private final VerifierAudit verifierAudit;
    /** The seals kept outside the database (signed minutes), checked with the trail. */
    private final SceauJournal.Externes sceaux;
    private final ExecuteurTaches executeur;
    private final StringProperty filtre = new SimpleStringProperty("");
    private final ModeleListe<EvenementAudit> liste;
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> intact = new ReadOnlyObjectWrapper<>();
    /** Taken on the JavaFX thread, read by the background reading. */
    private volatile String filtreLu = "";

    public ModeleJournal(ConsulterJournal journal, VerifierAudit verifierAudit, SceauJournal.Externes sceaux,
                         ExecuteurTaches executeur, Consumer<Exception> erreur) {
        this.verifierAudit = verifierAudit;
        this.sceaux = sceaux;
        this.executeur = executeur;
        this.liste = ModeleListe.complet(executeur, () -> journal.lister(filtreLu),
                n -> ModeleListe.pluriel(n, "entrée", "entrées", "aucune entrée"), erreur);
    }

    /** Reads the entries matching the filter as typed now. */
    public void actualiser() {
        filtreLu = filtre.get() == null ? "" : filtre.get();
        liste.actualiser();
    }

    /** « Vérifier le journal »: the chain checked; a refusal is said in the same place. */
    public void verifier() {
        executeur.executer(() -> verifierAudit.verifier(sceaux), resultat -> {
            verification.set(resultat.message());
            intact.set(resultat.intact());
        }, e -> {
            verification.set(MessagesErreur.pourUtilisateur(e));
            intact.set(null);
        });
    }

    public ModeleListe<EvenementAudit> liste() {
        return liste;
    }

    public StringProperty filtreProperty() {
        return filtre;
    }

    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /** True once checked intact, false once found altered, null otherwise. */
    public ReadOnlyObjectProperty<Boolean> intactProperty() {
        return intact.getReadOnlyProperty();
    }
}
