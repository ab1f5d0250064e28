package fr.cellulepdp.model.cellule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.ActeurAudit;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.GererMotifsTypes;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The use cases read who acts from the session they were built with (decision record 0044, amendment): no public
 * method of the model takes the acting user (a {@code Utilisateur}, or the trail's {@code ActeurAudit}), except the
 * few that act for a named person.
 */
class CasDUsageSansActeurTest {

    /** Each one acts for a named person, not for the session's; the amendment of 0044 says why. */
    private static final Set<String> EXCEPTIONS = Set.of(
            // the right checks, and static rules a use case applies to the person it has read
            "cellule.Droits.coordinatrice", "cellule.Droits.dossiers", "cellule.Droits.interne", "cellule.Droits.internes",
            "demande.GererDemandes.reglesEnfreintes", "situation.AvisMedicalSituation.peutLire",
            "situation.LireDossier.refuserPartenaire",
            // the trail's entry, written in the name of the person the use case has read
            "audit.Audit.noter",
            // an account's key and attested role, written in the name of that account (the first one, at creation)
            "compte.ClesDeSignature.nouvelle", "compte.RolesAttestes.attester",
            // ports a use case calls with the person it has already read
            "cellule.ComptesDesMembres.verifierRattachable", "cellule.ComptesDesMembres.rattacher",
            "cellule.ComptesDesMembres.changerRole", "cellule.ComptesDesMembres.desactiver",
            "compte.ComptesParMembre.verifierRattachable", "compte.ComptesParMembre.rattacher",
            "compte.ComptesParMembre.changerRole", "compte.ComptesParMembre.desactiver",
            "notification.CourrielsDesMembres.envoyer", "convocation.EnvoiCourrielsMembres.envoyer",
            "document.DiffusionProcesVerbal.mettreEnFile", "convocation.DiffuserProcesVerbal.mettreEnFile");

    @Test
    void no_public_method_of_the_model_takes_the_acting_user_but_the_listed_exceptions() throws Exception {
        assertThat(methodesAvecUtilisateur()).isEqualTo(new TreeSet<>(EXCEPTIONS));
    }

    @Test
    void a_use_case_built_once_acts_and_is_refused_as_whoever_the_session_holds_at_each_call() {
        StockageEnMemoire base = new StockageEnMemoire();
        Utilisateur coordinatrice = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
        Utilisateur referente = new Utilisateur(null, "referente", Role.REFERENT_SOCIAL);
        SessionDeTest session = new SessionDeTest(coordinatrice);
        GererMotifsTypes motifs = new GererMotifsTypes(base, Horloge.fixe(Instant.parse("2026-12-04T10:00:00Z")),
                session);

        motifs.ajouter("Situation revue en équipe.");
        session.devient(referente);
        assertThatThrownBy(() -> motifs.ajouter("Autre phrase.")).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("seule la coordinatrice");
        session.devient(coordinatrice);
        motifs.ajouter("Autre phrase.");

        assertThat(base.journalAudit().findAll()).extracting(e -> e.acteur()).containsOnly("coordinatrice");
        assertThat(motifs.lister()).extracting(m -> m.texte()).contains("Situation revue en équipe.",
                "Autre phrase.");
        session.devient(null);
        assertThatThrownBy(motifs::lister).isInstanceOf(IllegalStateException.class);
    }

    private static Set<String> methodesAvecUtilisateur() throws IOException, URISyntaxException {
        Path racine = Path.of(Utilisateur.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> trouvees = new TreeSet<>();
        try (Stream<Path> fichiers = Files.walk(racine.resolve("fr/cellulepdp/model"))) {
            for (Path fichier : (Iterable<Path>) fichiers.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String nom = racine.relativize(fichier).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> classe;
                try {
                    classe = Class.forName(nom, false, CasDUsageSansActeurTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(nom, e);
                }
                if (!Modifier.isPublic(classe.getModifiers())) {
                    continue;
                }
                for (Method methode : classe.getDeclaredMethods()) {
                    if (Modifier.isPublic(methode.getModifiers()) && !methode.isSynthetic()
                            && Arrays.stream(methode.getParameterTypes()).anyMatch(
                                    t -> t == Utilisateur.class || t == ActeurAudit.class)) {
                        trouvees.add(classe.getName().replace("fr.cellulepdp.model.", "") + "." + methode.getName());
                    }
                }
            }
        }
        return trouvees;
    }
}
