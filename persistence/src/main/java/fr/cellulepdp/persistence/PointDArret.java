package fr.cellulepdp.persistence;

/**
 * A place where a multi-step write may be interrupted, named so that the kill tests can stop a child process there
 * (system property {@value #PROPRIETE} = the step's name; the process prints « PAUSE step » and waits to be killed).
 * Without the property, nothing happens.
 */
public final class PointDArret {

    public static final String PROPRIETE = "cellulepdp.test.pause";

    private PointDArret() {
    }

    public static void atteint(String etape) {
        if (etape.equals(System.getProperty(PROPRIETE))) {
            System.out.println("PAUSE " + etape);
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
