package fr.cellulepdp.model.commun;

import java.util.List;
import java.util.stream.Collectors;

/** Raised when input is refused; names every problem so that the user can fix them all at once. */
public class SaisieInvalideException extends RuntimeException {

    private final List<Probleme> problemes;

    public SaisieInvalideException(List<Probleme> problemes) {
        super(problemes.stream().map(Probleme::toString).collect(Collectors.joining("\n")));
        this.problemes = List.copyOf(problemes);
    }

    public SaisieInvalideException(String champ, String message) {
        this(List.of(new Probleme(champ, message)));
    }

    public List<Probleme> problemes() {
        return problemes;
    }
}
