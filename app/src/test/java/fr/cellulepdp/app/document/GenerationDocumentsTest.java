package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.ui.DialoguesScriptes;
import fr.cellulepdp.model.seance.Seance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;

/**
 * « Générer les documents… » without a window, on the demo's planned meeting (its agendas only, quick to make): the
 * message at the end offers to open the meeting's folder, and opens it when asked.
 */
class GenerationDocumentsTest extends SurDemoSansFenetre {

    private final DialoguesScriptes dialogues = new DialoguesScriptes();
    private final List<Path> ouverts = new ArrayList<>();

    private void generer(Seance seance) {
        dialogues.reponseConfirmation = true;
        new GenerationDocuments(services.documents().generationDocuments(), ExecuteurTaches.synchrone(), dialogues,
                new SimpleDoubleProperty(), new SimpleBooleanProperty(), Runnable::run, ouverts::add).generer(seance, () -> { });
    }

    private static Seance planifiee() {
        return services.stockage().seances().findAll().stream().filter(s -> !s.estCloturee())
                .filter(s -> s.statut() != fr.cellulepdp.model.seance.StatutSeance.ANNULEE).findFirst().orElseThrow();
    }

    @Test
    void the_documents_written_the_message_offers_their_folder_and_opens_it_when_chosen() {
        Seance seance = planifiee();
        Path dossierSeance = DossierDocuments.dossier(services.dossierDocuments(), seance.numero());

        dialogues.reponseAction = false;
        generer(seance);
        assertThat(dialogues.erreurs).isEmpty();
        assertThat(dialogues.informations).singleElement().asString().startsWith("Documents produits : ")
                .contains(dossierSeance.toString()).endsWith("[Ouvrir le dossier]");
        assertThat(ouverts).as("« Fermer » n'ouvre rien").isEmpty();

        dialogues.reponseAction = true;
        generer(seance);
        assertThat(ouverts).containsExactly(dossierSeance);
    }
}
