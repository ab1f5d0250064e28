package fr.cellulepdp.model.audit;

import java.util.Optional;

/**
 * Port: the trail's last known head, kept outside the trail's table (in the encrypted file's key ring), signed by an
 * account of the session that wrote it: entries removed from the end of the trail are detected against it.
 */
public interface SceauJournal {

    /** No place outside the table (a server database, a file in clear): truncation is not detected. */
    SceauJournal AUCUN = new SceauJournal() {
        @Override
        public Optional<Sceau> lire() {
            return Optional.empty();
        }

        @Override
        public void sceller(Sceau sceau) {
            // nowhere to keep it
        }
    };

    Optional<Sceau> lire();

    void sceller(Sceau sceau);

    /** The head: its sequence number and hash, signed by {@code acteur}'s key. */
    record Sceau(long sequence, String hash, String acteur, String signature) {

        /** What the seal's signature covers. */
        public static String contenu(long sequence, String hash) {
            return "sceau:" + sequence + ":" + hash;
        }

        /** One line of text, for the key ring; empty when malformed. */
        public String enTexte() {
            return sequence + " " + hash + " " + acteur + " " + signature;
        }

        public static Optional<Sceau> depuisTexte(String texte) {
            String[] parties = texte == null ? new String[0] : texte.split(" ");
            try {
                return parties.length == 4 ? Optional.of(new Sceau(Long.parseLong(parties[0]), parties[1], parties[2],
                        parties[3])) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
