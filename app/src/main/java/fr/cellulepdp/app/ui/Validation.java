package fr.cellulepdp.app.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The red mark and its message (on hover) on the fields of a form whose view model checks the input
 * ({@link ModeleFormulaire}): ControlsFX decorates each control with the problem its view model shows for it.
 */
public final class Validation {

    private final ValidationSupport support = new ValidationSupport();

    /** Decorates {@code champ} whenever {@code probleme} is not empty. */
    public void lier(Control champ, ObservableStringValue probleme) {
        support.registerValidator(champ, false, (Control c, Object valeur) ->
                ValidationResult.fromErrorIf(c, probleme.get(), !probleme.get().isEmpty()));
        probleme.addListener((o, avant, apres) -> support.revalidate(champ));
    }
}
