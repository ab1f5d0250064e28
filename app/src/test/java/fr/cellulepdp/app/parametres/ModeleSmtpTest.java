package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.ServeurSmtp;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mail server settings' view model without a window, on the demo cell and a real SMTP server (GreenMail). */
class ModeleSmtpTest extends SurDemoSansFenetre {

    private static final String EXPEDITEUR = "cellule@exemple.fr";

    private static ModeleSmtp modele(Utilisateur utilisateur) {
        connecter(utilisateur);
        return new ModeleSmtp(services.courriers().parametrerSmtp(), services.courriers().envoyerCourriers(),
                () -> utilisateur,
                ExecuteurTaches.synchrone());
    }

    private static Optional<ServeurSmtp> enregistre() {
        // as stored, whoever is logged in (the use case reads it for the coordinatrice only)
        return services.stockage().serveursSmtp().existant();
    }

    private static int portLibre() throws IOException {
        try (ServerSocket libre = new ServerSocket(0)) {
            return libre.getLocalPort();
        }
    }

    @Test
    void refusals_keep_every_field_a_guessable_rule_is_confirmed_once_then_the_test_email_reaches_the_server()
            throws IOException {
        ModeleSmtp modele = modele(coordinatrice());
        modele.actualiser();
        Optional<ServeurSmtp> avant = enregistre();
        List<RegleMotDePasse> questions = new ArrayList<>();
        int port = portLibre();
        modele.hote.set("localhost");
        modele.port.set("cinq cent");
        modele.securite.set(SecuriteSmtp.AUCUNE);
        modele.utilisateur.set(EXPEDITEUR);
        modele.motDePasse.set("secret");
        modele.expediteur.set("pas-une-adresse");
        modele.nomExpediteur.set("Cellule PDP 58");
        modele.regle.set(RegleMotDePasse.DATE_NAISSANCE);
        assertThat(modele.avertissementProperty().get()).startsWith("Attention : un tel mot de passe se devine.");

        modele.enregistrer(r -> questions.add(r) && false);
        assertThat(modele.etatProperty().get())
                .isEqualTo("Refusé : le port doit être un nombre (587 en STARTTLS, 465 en SSL/TLS).");
        modele.port.set(" " + port + " ");
        modele.enregistrer(r -> questions.add(r) && false);
        assertThat(modele.etatProperty().get()).as("la règle devinable nouvellement choisie se confirme d'abord")
                .isEqualTo("Non enregistré : la règle du mot de passe est restée « "
                        + RegleMotDePasse.CODE_PERSONNEL.libelle() + " ».");
        assertThat(questions).containsExactly(RegleMotDePasse.DATE_NAISSANCE);
        modele.enregistrer(r -> questions.add(r));
        assertThat(modele.etatProperty().get()).startsWith("Refusé : ").contains("adresse d'expéditeur invalide");
        assertThat(enregistre()).isEqualTo(avant);
        assertThat(List.of(modele.hote.get(), modele.motDePasse.get(), modele.expediteur.get(),
                modele.nomExpediteur.get())).as("rien d'effacé par les refus")
                .containsExactly("localhost", "secret", "pas-une-adresse", "Cellule PDP 58");
        assertThat(modele.regle.get()).isEqualTo(RegleMotDePasse.DATE_NAISSANCE);

        modele.expediteur.set(EXPEDITEUR);
        modele.enregistrer(r -> questions.add(r));
        assertThat(modele.etatProperty().get()).isEqualTo("Serveur enregistré, mot de passe chiffré.");
        assertThat(modele.motDePasse.get()).as("le mot de passe ne reste pas affiché").isEmpty();
        assertThat(enregistre()).hasValueSatisfying(s -> {
            assertThat(s.port()).isEqualTo(port);
            assertThat(s.regleMotDePasse()).isEqualTo(RegleMotDePasse.DATE_NAISSANCE);
        });
        int posees = questions.size();
        modele.nomExpediteur.set("Cellule PDP de la Nièvre");
        modele.enregistrer(r -> questions.add(r) && false);
        assertThat(questions).as("la règle est désormais celle enregistrée : plus de question").hasSize(posees);
        assertThat(modele.etatProperty().get()).isEqualTo("Serveur enregistré, mot de passe chiffré.");

        ModeleSmtp relu = modele(coordinatrice());
        relu.actualiser();
        assertThat(List.of(relu.hote.get(), relu.port.get(), relu.nomExpediteur.get()))
                .containsExactly("localhost", Integer.toString(port), "Cellule PDP de la Nièvre");

        GreenMail serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.setUser(EXPEDITEUR, EXPEDITEUR, "secret");
        serveur.start();
        try {
            relu.essai(" essai@exemple.fr ");
            assertThat(relu.etatProperty().get())
                    .isEqualTo("Courriel d'essai accepté par le serveur pour essai@exemple.fr.");
            assertThat(serveur.getReceivedMessages()).hasSize(1);
        } finally {
            serveur.stop();
        }
        relu.essai("essai@exemple.fr");
        assertThat(relu.etatProperty().get()).startsWith("Échec de l'envoi. Réponse du serveur : ");
    }

    @Test
    void a_social_referent_is_refused_the_server_and_the_test_email_in_french() {
        Utilisateur referent = services.stockage().membres().findAll().stream()
                .filter(m -> m.role() == Role.REFERENT_SOCIAL).findFirst()
                .map(m -> new Utilisateur(m.id(), "referent", Role.REFERENT_SOCIAL)).orElseThrow();
        Optional<ServeurSmtp> avant = enregistre();
        ModeleSmtp modele = modele(referent);
        modele.hote.set("smtp.exemple.fr");
        modele.port.set("587");
        modele.expediteur.set(EXPEDITEUR);
        modele.enregistrer(r -> true);
        assertThat(modele.etatProperty().get()).startsWith("Refusé : ")
                .contains("seule la coordinatrice paramètre l'envoi des courriels");
        assertThat(modele.hote.get()).isEqualTo("smtp.exemple.fr");
        assertThat(enregistre()).isEqualTo(avant);

        modele.essai("essai@exemple.fr");
        assertThat(modele.etatProperty().get()).contains("seule la coordinatrice envoie les courriels de la cellule");
    }
}
