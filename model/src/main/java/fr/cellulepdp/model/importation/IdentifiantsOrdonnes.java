package fr.cellulepdp.model.importation;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Identifiers of the people and files one import creates, in increasing order (UUID version 7, RFC 9562: the
 * import's start in milliseconds, then a counter that begins at a random value). Random identifiers scatter a
 * 100 000-row import over every page of the primary-key indexes, whose pages the database then reads, rewrites and
 * writes again at each batch; ordered ones are appended at the end of the index (issue 22, decision 0045: half the
 * CPU and of the file's growth measured on the same rows).
 */
final class IdentifiantsOrdonnes implements Supplier<UUID> {

    private final long haut;
    private long bas;

    IdentifiantsOrdonnes(long instantMillis) {
        SecureRandom hasard = new SecureRandom();
        // 48 bits of time, the version (7), 12 random bits
        this.haut = (instantMillis << 16) | 0x7000L | (hasard.nextInt() & 0x0FFFL);
        // the variant (binary 10), then 62 bits counted from a random start that leaves room for 2^61 identifiers
        this.bas = 0x8000000000000000L | (hasard.nextLong() & 0x1FFFFFFFFFFFFFFFL);
    }

    @Override
    public UUID get() {
        return new UUID(haut, bas++);
    }
}
