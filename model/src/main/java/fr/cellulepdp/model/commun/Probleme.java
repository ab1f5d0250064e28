package fr.cellulepdp.model.commun;

/** One thing wrong with user input: the field it concerns and a French sentence saying what is wrong. */
public record Probleme(String champ, String message) {

    @Override
    public String toString() {
        return champ.isEmpty() ? message : champ + " : " + message;
    }
}
