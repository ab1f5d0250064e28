package fr.cellulepdp.app.support;

import java.util.HashSet;
import java.util.Set;

/**
 * An exception as the log keeps it: the types and the stack frames of it and of its causes, without their messages,
 * which may quote what the user typed or read (a name, a NIR, a medical detail).
 */
public final class TraceSansMessage {

    private TraceSansMessage() {
    }

    public static String de(Throwable erreur) {
        StringBuilder trace = new StringBuilder();
        Set<Throwable> vues = new HashSet<>();
        Throwable courante = erreur;
        String entete = "";
        while (courante != null && vues.add(courante)) {
            trace.append(entete).append(courante.getClass().getName());
            for (StackTraceElement ligne : courante.getStackTrace()) {
                trace.append(System.lineSeparator()).append("\tat ").append(ligne);
            }
            entete = System.lineSeparator() + "Causée par : ";
            courante = courante.getCause();
        }
        return trace.toString();
    }
}
