package fr.cellulepdp.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.audit.CleSignataire;
import fr.cellulepdp.model.audit.Ed25519;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BouncyCastle signs the trail's entries with the same bytes as the JDK (Ed25519 is deterministic), so what is
 * written, and how {@code verify-audit} checks it, does not change.
 */
class SignatureBouncyCastleTest {

    private static final List<String> TEXTES = List.of("", "a", "0".repeat(64),
            "sceau:42:" + "f".repeat(64), "Décision urgente : « sans objet », référent médical é à ç 😀",
            "x".repeat(10_000));

    @Test
    void its_signatures_are_the_jdks_and_verify() {
        for (int i = 0; i < 20; i++) {
            KeyPair paire = Ed25519.nouvellePaire();
            CleSignataire bouncyCastle = SignatureBouncyCastle.de(paire.getPrivate());
            assertThat(bouncyCastle).isInstanceOf(SignatureBouncyCastle.class);
            for (String texte : TEXTES) {
                String signature = bouncyCastle.signer(texte);
                assertThat(signature).isEqualTo(Ed25519.signer(paire.getPrivate(), texte));
                assertThat(Ed25519.verifier(Ed25519.publique(paire), texte, signature)).isTrue();
            }
        }
    }

    @Test
    void a_key_of_another_algorithm_keeps_the_jdks_implementation() throws Exception {
        KeyPair autre = java.security.KeyPairGenerator.getInstance("Ed448").generateKeyPair();

        assertThat(SignatureBouncyCastle.de(autre.getPrivate())).isNotInstanceOf(SignatureBouncyCastle.class);
    }
}
