package fr.cellulepdp.app.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows objects by a label in choice boxes; they are not editable, so text never converts back. */
public final class ConvertisseurTexte<T> extends StringConverter<T> {

    private final Function<T, String> texte;

    public ConvertisseurTexte(Function<T, String> texte) {
        this.texte = texte;
    }

    @Override
    public String toString(T objet) {
        return objet == null ? "" : texte.apply(objet);
    }

    @Override
    public T fromString(String chaine) {
        return null;
    }
}
