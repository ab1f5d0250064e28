package fr.cellulepdp.app.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The dialog of an unexpected error, shown on the JavaFX thread whichever thread failed, and one at a time: an error
 * repeated at each frame would otherwise pile up dialogs (the log keeps every one).
 */
public final class AvertissementUnique implements Consumer<String> {

    private final Dialogues dialogues;
    private final AtomicBoolean affiche = new AtomicBoolean();

    public AvertissementUnique(Dialogues dialogues) {
        this.dialogues = dialogues;
    }

    @Override
    public void accept(String message) {
        if (!affiche.compareAndSet(false, true)) {
            return;
        }
        Runnable montrer = () -> {
            try {
                dialogues.erreur("Erreur inattendue", message);
            } finally {
                affiche.set(false);
            }
        };
        // later even on the JavaFX thread: a dialog cannot wait during a layout or an animation pulse
        Platform.runLater(montrer);
    }
}
