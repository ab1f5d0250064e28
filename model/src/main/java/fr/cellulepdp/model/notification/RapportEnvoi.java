package fr.cellulepdp.model.notification;

import java.util.List;

/** What a sending round did: letters sent, failed (with the server's reason), and still waiting. */
public record RapportEnvoi(int envoyes, List<Echec> echecs, long enAttente) {

    public record Echec(String reference, String raison) {
    }

    public RapportEnvoi {
        echecs = List.copyOf(echecs);
    }

    public String enFrancais() {
        return envoyes + " courrier(s) envoyé(s), " + echecs.size() + " en échec, " + enAttente + " en attente."
                + echecs.stream().map(e -> "\n  " + e.reference() + " : " + e.raison()).reduce("", String::concat);
    }
}
