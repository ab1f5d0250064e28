package fr.cellulepdp.model.commun;

/** Told how far a long task is (an import, a pack, a round of e-mails), so that a window can show a progress bar. */
@FunctionalInterface
public interface Progression {

    Progression AUCUNE = (faits, total) -> { };

    void avancer(int faits, int total);
}
