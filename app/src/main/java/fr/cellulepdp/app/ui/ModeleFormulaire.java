package fr.cellulepdp.app.ui;

import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of a form: its fields as properties, each tied to the name its use case gives its problems, and the
 * problem of each field as the user types. A field shows its problem once it has been typed in (or once saving was
 * tried), so that an empty form does not start all in red; saving with problems shows them all. Plain JavaFX
 * properties, no control: tested without a window.
 */
public abstract class ModeleFormulaire {

    private final Map<String, ReadOnlyStringWrapper> problemes = new LinkedHashMap<>();
    private final Set<String> touches = new HashSet<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valide = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper enErreur = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper enregistrements = new ReadOnlyIntegerWrapper(0);
    /** The problems of the last refusal by the use case (a homonym...), shown until the next change. */
    private List<Probleme> refus = List.of();
    private boolean remplissage;
    /** The title of the refusal shown, while one is: the list follows what she types then. */
    private String titreRefus;

    /** Every problem of the form as typed now, each naming its field (usually the use case's static check). */
    protected abstract List<Probleme> verifierSaisie();

    protected final StringProperty texte(String champ) {
        return suivre(new SimpleStringProperty(""), champ);
    }

    protected final <T> ObjectProperty<T> valeur(String champ) {
        return suivre(new SimpleObjectProperty<>(), champ);
    }

    protected final BooleanProperty drapeau(String champ) {
        return suivre(new SimpleBooleanProperty(false), champ);
    }

    private <P extends Property<?>> P suivre(P propriete, String champ) {
        wrapper(champ);
        propriete.addListener((o, avant, apres) -> {
            if (!remplissage) {
                touches.add(champ);
                refus = List.of();
                verifier();
                suivreRefus();
            }
        });
        return propriete;
    }

    private ReadOnlyStringWrapper wrapper(String champ) {
        return problemes.computeIfAbsent(champ, c -> new ReadOnlyStringWrapper(""));
    }

    /** The problem of this field as shown now ("" when none, or not typed in yet). */
    public final ReadOnlyStringProperty problemeProperty(String champ) {
        return wrapper(champ).getReadOnlyProperty();
    }

    public final String probleme(String champ) {
        return wrapper(champ).get();
    }

    /** What the form says: the refusal with each problem, or what was saved. */
    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public final String message() {
        return message.get();
    }

    /** True while the message is a refusal or a failure (the view shows it in red). */
    public final ReadOnlyBooleanProperty enErreurProperty() {
        return enErreur.getReadOnlyProperty();
    }

    /** True when the form as typed has no problem (whether shown yet or not). */
    public final ReadOnlyBooleanProperty valideProperty() {
        return valide.getReadOnlyProperty();
    }

    /** Counts the successful saves: whoever shows the same data elsewhere reads it again. */
    public final ReadOnlyIntegerProperty enregistrementsProperty() {
        return enregistrements.getReadOnlyProperty();
    }

    /** Checks the form again and updates the problem of each field typed in. */
    public final void verifier() {
        List<Probleme> tous = new ArrayList<>(verifierSaisie());
        valide.set(tous.isEmpty());
        tous.addAll(refus);
        problemes.forEach((champ, probleme) -> probleme.set(touches.contains(champ) ? messages(tous, champ) : ""));
    }

    /** After a refusal, its list shows what remains to fix as she types, and goes once nothing does. */
    private void suivreRefus() {
        if (titreRefus == null) {
            return;
        }
        List<Probleme> restants = verifierSaisie();
        if (restants.isEmpty()) {
            titreRefus = null;
            enErreur.set(false);
            message.set("");
        } else {
            message.set(MessagesErreur.refus(titreRefus, new SaisieInvalideException(restants)));
        }
    }

    private static String messages(List<Probleme> tous, String champ) {
        return tous.stream().filter(p -> p.champ().equals(champ)).map(Probleme::message).distinct()
                .collect(Collectors.joining("\n"));
    }

    /** Sets the fields from what was read, without counting it as typing: no problem shows until she types. */
    protected final void remplir(Runnable affectations) {
        remplissage = true;
        try {
            affectations.run();
        } finally {
            remplissage = false;
        }
        touches.clear();
        refus = List.of();
        titreRefus = null;
        verifier();
    }

    /** Sets a value the application suggests (not typed): the problems shown stay as they are. */
    protected final void proposer(Runnable affectations) {
        remplissage = true;
        try {
            affectations.run();
        } finally {
            remplissage = false;
        }
        verifier();
    }

    /*
     * The outcome methods below are public: the screen's view model (a list with its form beside) runs the use case
     * and tells the form how it went.
     */

    /**
     * Before saving: when the form has problems, shows every one of them, on its field and in the message, and
     * returns true (nothing is to be saved).
     */
    public final boolean refuserSiInvalide(String titre) {
        touches.addAll(problemes.keySet());
        verifier();
        List<Probleme> tous = verifierSaisie();
        if (tous.isEmpty()) {
            return false;
        }
        enErreur.set(true);
        titreRefus = titre;
        message.set(MessagesErreur.refus(titre, new SaisieInvalideException(tous)));
        return true;
    }

    /** The use case refused: its message, and its problems on their fields; what was typed stays. */
    public final void refuse(String titre, Exception exception) {
        if (exception instanceof SaisieInvalideException saisie) {
            refus = saisie.problemes();
            touches.addAll(problemes.keySet());
            verifier();
            titreRefus = titre;
        }
        enErreur.set(true);
        message.set(MessagesErreur.refus(titre, exception));
    }

    /** A save went through: says so, and counts it. */
    public final void reussi(String texte) {
        titreRefus = null;
        enErreur.set(false);
        message.set(texte);
        enregistrements.set(enregistrements.get() + 1);
    }

    /** A message that is neither a refusal nor a save (an empty one clears the former). */
    public final void dire(String texte) {
        titreRefus = null;
        enErreur.set(false);
        message.set(texte);
    }

    /** A failure that is not about the input (the database...): its French message. */
    public final void echec(Exception exception) {
        titreRefus = null;
        enErreur.set(true);
        message.set(MessagesErreur.pourUtilisateur(exception));
    }
}
