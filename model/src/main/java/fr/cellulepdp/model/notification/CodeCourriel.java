package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The person's personal code: the password of every letter e-mailed to them. Random (never derived from what a
 * file holds, so nobody can guess it), made once, and given on paper — printed on the person's posted letters until
 * one of them is marked posted ({@code lettreId}, then {@code remisLe} and {@code remisPar}). A letter is e-mailed
 * only once the code has been given. {@link #toString()} hides it.
 */
public record CodeCourriel(UUID id, long version, UUID assureId, String code, Instant creeLe, UUID lettreId,
                           LocalDate remisLe, String remisPar) implements Versionne {

    /** No 0/O, 1/I/L: nothing to confuse when typing it from paper. 31 symbols. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** 12 symbols of 31: about 2^59 possibilities, out of reach of a brute force of the PDF's password check. */
    public static final int LONGUEUR = 12;

    private static final SecureRandom HASARD = new SecureRandom();

    public CodeCourriel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assureId, "assureId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(creeLe, "creeLe");
        remisPar = Textes.nonNul(remisPar);
    }

    /** A new code for the person, not given yet. */
    public static CodeCourriel nouveau(UUID assureId, Instant le) {
        return new CodeCourriel(UUID.randomUUID(), 0, assureId, tirer(HASARD), le, null, null, "");
    }

    /** Three groups of four symbols joined by hyphens (« K7QM-4XTR-9HWC »): the password is exactly that. */
    static String tirer(SecureRandom hasard) {
        StringBuilder code = new StringBuilder(LONGUEUR + 2);
        for (int i = 0; i < LONGUEUR; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A new code in place of this one (lost, or seen by someone else): drawn again, not given yet, printed on no
     * letter; the same record, so the person still has one code only.
     */
    public CodeCourriel renouvele(Instant le) {
        return new CodeCourriel(id, version, assureId, tirer(HASARD), le, null, null, "");
    }

    public boolean estRemis() {
        return remisLe != null;
    }

    /** The code printed on this letter (the one whose posting will give it). */
    public CodeCourriel imprimeSur(UUID lettre) {
        return new CodeCourriel(id, version, assureId, code, creeLe, lettre, remisLe, remisPar);
    }

    /** @param comment where it was given, as the e-mail will say it (« par courrier postal du 12/11/2026 ») */
    public CodeCourriel remis(LocalDate le, String comment) {
        return new CodeCourriel(id, version, assureId, code, creeLe, lettreId, le, comment);
    }

    @Override
    public String toString() {
        return "CodeCourriel[" + id + "]";
    }
}
