package fr.cellulepdp.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An exception no one caught, in a thread of its own: logged without its message, told in French. */
class ErreursInattenduesTest {

    @Test
    void an_uncaught_exception_is_logged_without_its_message_and_the_user_is_told_where_the_log_is()
            throws Exception {
        Path journal = DossierJournaux.courant().resolve(DossierJournaux.NOM_FICHIER);
        List<String> avertissements = new CopyOnWriteArrayList<>();
        Thread fil = new Thread(() -> {
            throw new IllegalStateException("Martin Jean 185057800608491",
                    new IllegalArgumentException("arrêt pour lombalgie"));
        }, "fil-de-test-erreur");
        fil.setUncaughtExceptionHandler(new ErreursInattendues(DossierJournaux.courant(), avertissements::add));

        fil.start();
        fil.join();

        assertThat(avertissements).singleElement().asString()
                .startsWith("Une erreur inattendue s’est produite : l’opération en cours n’a pas abouti.")
                .contains("journal : " + journal);
        String texte = Files.readString(journal, StandardCharsets.UTF_8);
        assertThat(texte).contains("Erreur inattendue dans le fil « fil-de-test-erreur » : "
                        + "java.lang.IllegalStateException")
                .contains("Causée par : java.lang.IllegalArgumentException")
                .contains("at fr.cellulepdp.app.support.ErreursInattenduesTest")
                .doesNotContain("Martin", "185057800608491", "lombalgie");
    }
}
