package fr.cellulepdp.app.seance;

/** Lengths as the coordinatrice reads them: "45 min", "1 h 20", and the timer's "04:07". */
final class Duree {

    private Duree() {
    }

    static String enHeures(int minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60);
    }

    static String chrono(long secondes) {
        return String.format("%02d:%02d", secondes / 60, secondes % 60);
    }
}
