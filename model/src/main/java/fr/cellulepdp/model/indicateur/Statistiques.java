package fr.cellulepdp.model.indicateur;

/** Median and percentiles of sorted durations. */
final class Statistiques {

    private Statistiques() {
    }

    /** The middle value, or the mean of the two middle ones; 0 for none. */
    static double mediane(long[] tries) {
        int n = tries.length;
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? tries[n / 2] : (tries[n / 2 - 1] + tries[n / 2]) / 2.0;
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} % of the values at or below it. */
    static long centile(long[] tries, int p) {
        if (tries.length == 0) {
            return 0;
        }
        int rang = (int) Math.ceil(p / 100.0 * tries.length);
        return tries[Math.max(rang, 1) - 1];
    }
}
