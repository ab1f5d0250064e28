package fr.cellulepdp.model.audit;

import java.util.List;
import java.util.Optional;

/**
 * Port: the trail's last known head, kept outside the trail's table (in the encrypted file's key ring, or a server's
 * append-only table of seals), signed by an account of the session that wrote it: entries removed from the end of the
 * trail are detected against it.
 */
public interface SceauJournal {

    /** No place outside the table (a file in clear): truncation is not detected. */
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

    /**
     * A seal kept outside the database: in the record of a signed minutes (and the PDF itself), in a backup.
     *
     * @param origine where it was found, in French, as the check's message names it (« le procès-verbal signé de la
     *                séance n° 3 »)
     */
    record Externe(String origine, Sceau sceau) {
    }

    /** Port: the seals found outside the database, read only once the right to check the trail is granted. */
    @FunctionalInterface
    interface Externes {

        Externes AUCUN = List::of;

        List<Externe> lire();
    }

    void sceller(Sceau sceau);

    /** Where the seal is kept, in French, as {@code verify-audit} names it. */
    default String origine() {
        return "le trousseau de clés, scellé à la fermeture,";
    }

    /** The head: its sequence number and hash, signed by {@code acteur}'s key. */
    record Sceau(long sequence, String hash, String acteur, String signature) {

        /**
         * The trail's head as it stands now, sealed by {@code acteur}'s key; empty when the trail is empty or that
         * account's key is not open in this session (nobody to vouch for the seal).
         */
        public static Optional<Sceau> tete(StockageAudit stockage, String acteur) {
            return stockage.journalAudit().dernier().flatMap(dernier -> stockage.clesDeSession()
                    .signer(acteur, contenu(dernier.sequence(), dernier.hash()))
                    .map(signature -> new Sceau(dernier.sequence(), dernier.hash(), acteur, signature)));
        }

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
