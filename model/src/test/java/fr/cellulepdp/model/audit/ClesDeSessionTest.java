package fr.cellulepdp.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An account's key is made ready to sign once, at its login, not again for every entry of the trail. */
class ClesDeSessionTest {

    @Test
    void a_key_is_prepared_once_at_login_and_signs_every_entry() {
        KeyPair paire = Ed25519.nouvellePaire();
        AtomicInteger preparations = new AtomicInteger();
        ClesDeSession cles = new ClesDeSession(cle -> {
            preparations.incrementAndGet();
            return CleSignataire.jdk(cle);
        });

        cles.ouvrir("coordinatrice", paire.getPrivate());
        String premiere = cles.signer("coordinatrice", "entrée 1").orElseThrow();
        String seconde = cles.signer("coordinatrice", "entrée 2").orElseThrow();

        assertThat(preparations).hasValue(1);
        assertThat(Ed25519.verifier(Ed25519.publique(paire), "entrée 1", premiere)).isTrue();
        assertThat(Ed25519.verifier(Ed25519.publique(paire), "entrée 2", seconde)).isTrue();
        assertThat(cles.signer("secretaire", "entrée 3")).isEmpty();
        cles.fermer("coordinatrice");
        assertThat(cles.signer("coordinatrice", "entrée 4")).isEmpty();
    }
}
