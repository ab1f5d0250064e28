package fr.cellulepdp.app.situation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.OrdreNumerosDossier;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Situations page's view model without a window, on the demo cell: the search runs with the criteria chosen. */
class ModeleSituationsTest extends SurDemoSansFenetre {

    private final List<Exception> erreurs = new ArrayList<>();

    private ModeleSituations modele() {
        return new ModeleSituations(services.situations().listerSituations(),
                services.miseEnPlace().gererMembres()::referentsSociauxActifs,
                ExecuteurTaches.synchrone(), erreurs::add);
    }

    @Test
    void every_file_then_only_the_one_searched_by_its_number_with_the_count_in_words() {
        ModeleSituations modele = modele();
        modele.chercher(CritereSituations.tout());
        long toutes = services.stockage().situations().findAll().size();
        assertThat(modele.liste().lignes()).hasSize((int) toutes);
        assertThat(modele.liste().resumeProperty().get()).isEqualTo(toutes + " situations");

        Situation cherchee = services.stockage().situations().findAll().get(3);
        modele.chercher(new CritereSituations(cherchee.numeroDossier(), true, null, null, null, null, null, null,
                false, 0, CritereSituations.LIMITE_PAR_DEFAUT));
        assertThat(modele.liste().lignes()).extracting(ResumeSituation::numeroDossier)
                .containsExactly(cherchee.numeroDossier());
        assertThat(modele.liste().resumeProperty().get()).isEqualTo("1 situation");

        List<Membre> referents = new ArrayList<>();
        modele.lireReferents(referents::addAll);
        assertThat(referents).isNotEmpty().allSatisfy(m -> assertThat(m.role()).isEqualTo(Role.REFERENT_SOCIAL));
        assertThat(erreurs).isEmpty();
    }

    /** Were TestFX journeys of the main window (FenetrePrincipaleTest): the same criteria, without a window. */
    @Test
    void a_name_a_status_or_a_referent_keeps_only_their_files() {
        ModeleSituations modele = modele();
        modele.chercher(CritereSituations.tout());
        List<ResumeSituation> toutes = List.copyOf(modele.liste().lignes());
        ResumeSituation cible = toutes.get(20);
        String nom = cible.personne().split(" ")[0];

        modele.chercher(new CritereSituations(nom.toLowerCase(), true, null, null, null, null, null, null, false, 0,
                CritereSituations.LIMITE_PAR_DEFAUT));
        assertThat(modele.liste().lignes()).isNotEmpty().hasSizeLessThan(toutes.size())
                .allMatch(r -> r.personne().startsWith(nom)).contains(cible);

        modele.chercher(new CritereSituations("", true, StatutSituation.CLOTUREE, null, null, null, null, null, false,
                0, CritereSituations.LIMITE_PAR_DEFAUT));
        assertThat(modele.liste().lignes()).isNotEmpty().hasSizeLessThan(toutes.size())
                .allMatch(r -> r.statut() == StatutSituation.CLOTUREE);

        Membre referente = services.miseEnPlace().gererMembres().referentsSociauxActifs().get(0);
        modele.chercher(new CritereSituations("", true, null, null, null, referente.id(), null, null, false, 0,
                CritereSituations.LIMITE_PAR_DEFAUT));
        assertThat(modele.liste().lignes()).isNotEmpty().hasSizeLessThan(toutes.size())
                .allMatch(r -> r.referent().equals(referente.nomComplet()))
                .hasSize((int) services.stockage().situations().findAll().stream()
                        .filter(s -> referente.id().equals(s.referentSocialId())).count());
        assertThat(erreurs).isEmpty();
    }

    @Test
    void scrolling_to_the_last_row_reads_the_next_page_until_every_file_is_shown() {
        List<Exception> erreurs = new ArrayList<>();
        ModeleSituations modele = new ModeleSituations(services.situations().listerSituations(),
                services.miseEnPlace().gererMembres()::referentsSociauxActifs, ExecuteurTaches.synchrone(),
                erreurs::add);
        List<String> toutes = services.stockage().situations().findAll().stream().map(Situation::numeroDossier)
                .sorted(OrdreNumerosDossier.CROISSANT.reversed()).toList();
        assertThat(toutes).as("the demo fills more than two pages of 3").hasSizeGreaterThan(6);

        modele.chercher(parPagesDe(3, ""));
        assertThat(numeros(modele)).containsExactlyElementsOf(toutes.subList(0, 3));
        assertThat(modele.liste().resumeProperty().get())
                .isEqualTo("plus de 3 situations (les 3 plus récentes affichées, la suite en faisant défiler)");

        modele.finAtteinte();
        assertThat(numeros(modele)).containsExactlyElementsOf(toutes.subList(0, 6));
        assertThat(modele.liste().resumeProperty().get()).startsWith("plus de 6 situations (les 6 plus récentes");

        for (int i = 0; i < toutes.size(); i++) {
            modele.finAtteinte();
        }
        assertThat(numeros(modele)).as("every file once, newest first").containsExactlyElementsOf(toutes);
        assertThat(modele.liste().resumeProperty().get()).isEqualTo(toutes.size() + " situations");
        assertThat(erreurs).isEmpty();
    }

    @Test
    void a_search_replaces_the_pages_read_and_a_next_page_read_meanwhile_is_dropped() {
        List<Runnable> enAttente = new ArrayList<>();
        ExecuteurTaches differe = differe(enAttente);
        ModeleSituations modele = new ModeleSituations(services.situations().listerSituations(),
                services.miseEnPlace().gererMembres()::referentsSociauxActifs, differe,
                e -> { throw new AssertionError(e); });
        Situation cherchee = services.stockage().situations().findAll().get(3);
        modele.chercher(parPagesDe(3, ""));
        toutExecuter(enAttente);
        modele.finAtteinte();
        modele.finAtteinte();
        assertThat(enAttente).as("one next page at a time").hasSize(1);

        modele.chercher(parPagesDe(3, cherchee.numeroDossier()));
        toutExecuter(enAttente);

        assertThat(numeros(modele)).containsExactly(cherchee.numeroDossier());
        assertThat(modele.liste().resumeProperty().get()).isEqualTo("1 situation");
        modele.finAtteinte();
        assertThat(enAttente).as("nothing more to read").isEmpty();
    }

    /**
     * The page's warm-up (decision 0062 and its amendment): after the first page, one search by the newest file's
     * person's words, then the lines of the newest files in one page, in the user's name through the use case, their
     * results not shown; given up when the user searched before it started, and run once only however often the page
     * is shown.
     */
    @Test
    void opening_the_page_warms_the_search_by_words_once_unless_the_user_searched_first() {
        List<Runnable> enAttente = new ArrayList<>();
        ExecuteurTaches differe = differe(enAttente);
        List<CritereSituations> lues = new ArrayList<>();
        ModeleSituations modele = new ModeleSituations(listeEspionnee(lues),
                services.miseEnPlace().gererMembres()::referentsSociauxActifs, differe,
                e -> { throw new AssertionError(e); });

        modele.liste().actualiser();
        modele.prechauffer();
        toutExecuter(enAttente);
        List<ResumeSituation> affichees = List.copyOf(modele.liste().lignes());
        assertThat(lues).extracting(CritereSituations::texte)
                .containsExactly("", affichees.get(0).personne(), "");
        assertThat(lues.get(1).parNom()).isTrue();
        assertThat(lues.get(2)).as("the newest files' lines, read after the words")
                .isEqualTo(new CritereSituations("", true, null, null, null, null, null, null, false, 0,
                        ModeleSituations.DOSSIERS_PRECHAUFFES).avecUneLigneDePlus());
        assertThat(modele.liste().lignes()).as("the warm-up's files are not shown").isEqualTo(affichees);

        modele.prechauffer();
        assertThat(enAttente).as("once per page").isEmpty();

        lues.clear();
        ModeleSituations autre = new ModeleSituations(listeEspionnee(lues),
                services.miseEnPlace().gererMembres()::referentsSociauxActifs, differe,
                e -> { throw new AssertionError(e); });
        autre.liste().actualiser();
        autre.prechauffer();
        enAttente.remove(0).run();
        autre.chercher(parPagesDe(3, "zzz"));
        toutExecuter(enAttente);
        assertThat(lues).extracting(CritereSituations::texte).as("the user's search goes first, the warm-up gives way")
                .containsExactly("", "zzz");
    }

    /** The use case on the demo, in the session's name, its store recording the criteria of every page read. */
    private fr.cellulepdp.model.situation.ListerSituations listeEspionnee(List<CritereSituations> lues) {
        var stockage = services.stockage();
        var situations = stockage.situations();
        var espion = (fr.cellulepdp.model.situation.SituationRepository) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {fr.cellulepdp.model.situation.SituationRepository.class},
                (proxy, methode, arguments) -> {
                    if (methode.getName().equals("lignes")) {
                        lues.add((CritereSituations) arguments[0]);
                    }
                    try {
                        return methode.invoke(situations, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        var stockageEspion = (fr.cellulepdp.model.situation.StockageSituations) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {fr.cellulepdp.model.situation.StockageSituations.class},
                        (proxy, methode, arguments) -> {
                            if (methode.getName().equals("situations")) {
                                return espion;
                            }
                            try {
                                return methode.invoke(stockage, arguments);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
        return new fr.cellulepdp.model.situation.ListerSituations(stockageEspion, services.horloge(),
                services.session());
    }

    private static void toutExecuter(List<Runnable> enAttente) {
        while (!enAttente.isEmpty()) {
            enAttente.remove(0).run();
        }
    }

    private static CritereSituations parPagesDe(int lignes, String texte) {
        return new CritereSituations(texte, true, null, null, null, null, null, null, false, 0, lignes);
    }

    private static List<String> numeros(ModeleSituations modele) {
        return modele.liste().lignes().stream().map(ResumeSituation::numeroDossier).toList();
    }

    /** The background thread, run by hand: each task waits in {@code enAttente} until the test lets it run. */
    private static ExecuteurTaches differe(List<Runnable> enAttente) {
        return new ExecuteurTaches() {
            @Override
            public <T> void executer(java.util.concurrent.Callable<T> travail, java.util.function.Consumer<T> succes,
                                     java.util.function.Consumer<Exception> echec) {
                enAttente.add(() -> ExecuteurTaches.synchrone().executer(travail, succes, echec));
            }
        };
    }
}
