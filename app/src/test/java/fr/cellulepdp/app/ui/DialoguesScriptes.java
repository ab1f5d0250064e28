package fr.cellulepdp.app.ui;

import fr.cellulepdp.model.importation.ApercuImport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The window's questions answered by the test script, and its messages kept for assertions. */
public final class DialoguesScriptes implements Dialogues {

    public final List<String> erreurs = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<ApercuImport> apercus = new ArrayList<>();
    public boolean reponseConfirmation = true;
    public String texteSaisi;
    public String motDePasse;
    public final List<String> informations = new ArrayList<>();
    public Path fichierEnregistrement;
    /** The answer to a message that offers an action: true chooses it. */
    public boolean reponseAction;

    @Override
    public boolean confirmer(String titre, String question) {
        questions.add(question);
        return reponseConfirmation;
    }

    @Override
    public void erreur(String titre, String message) {
        erreurs.add(titre + " : " + message);
    }

    @Override
    public void information(String titre, String message) {
        informations.add(titre + " : " + message);
    }

    @Override
    public boolean informerAvecAction(String titre, String message, String action) {
        informations.add(titre + " : " + message + " [" + action + "]");
        return reponseAction;
    }

    @Override
    public Optional<char[]> demanderMotDePasse(String titre, String question) {
        questions.add(question);
        return Optional.ofNullable(motDePasse).map(String::toCharArray);
    }

    @Override
    public Optional<String> demanderTexte(String titre, String question) {
        questions.add(question);
        return Optional.ofNullable(texteSaisi);
    }

    @Override
    public boolean confirmerImport(ApercuImport apercu) {
        apercus.add(apercu);
        return reponseConfirmation;
    }

    @Override
    public Optional<Path> choisirFichierImport() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> choisirFichierEnregistrement(String titre, String nomPropose, String description,
                                                       String extension) {
        questions.add(titre);
        return Optional.ofNullable(fichierEnregistrement);
    }

    @Override
    public Optional<Path> choisirDossier(String titre) {
        questions.add(titre);
        return Optional.ofNullable(fichierEnregistrement);
    }

    @Override
    public Optional<Path> choisirFichierOuverture(String titre, String description, String extension) {
        questions.add(titre);
        return Optional.ofNullable(fichierEnregistrement);
    }
}
