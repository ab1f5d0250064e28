package fr.cellulepdp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text colour of the application's style sheet against the background it is drawn on reaches 4.5:1 (WCAG 2 AA,
 * relative luminance), the colours read from the style sheet itself; a text colour added without its background here
 * fails, and so does a colour set in code (it belongs in the style sheet, where this test reads it). The charts'
 * colours are checked by {@code CouleursGraphiquesTest}.
 */
class ContrastesFeuilleDeStyleTest {

    /** Modena's selection of a table without the focus ({@code -fx-selection-bar-non-focused: lightgrey}). */
    private static final String SELECTION_SANS_FOCUS = "#d3d3d3";
    /** A text field's inside ({@code -fx-control-inner-background}, derived from -fx-base to white). */
    private static final String CHAMP = "#ffffff";
    /**
     * The pages' background: Modena's -fx-background is -fx-base made lighter; -fx-base itself, darker, is the
     * harder case for dark text.
     */
    private static final String PAGE = "-fx-base";

    /** Modena's text on light backgrounds ({@code -fx-mid-text-color}, which its ladders pick above 60 % brightness). */
    private static final String TEXTE_MODENA = "#333333";
    private static final Set<String> FONDS_DU_TEXTE_MODENA = Set.of("-fx-control-inner-background",
            "-fx-control-inner-background-alt", "-fx-body-color");

    private static final Set<String> PROPRIETES_TEXTE = Set.of("-fx-text-fill", "-fx-fill", "-fx-prompt-text-fill",
            "-fx-icon-color");

    /** Each text colour (selector and property) and the background under it: a selector's property, or a colour. */
    private static final List<Paire> PAIRES = List.of(
            new Paire(".text-input, .combo-box-base", "-fx-prompt-text-fill", CHAMP),
            new Paire(".entree-navigation", "-fx-text-fill", ".navigation"),
            new Paire(".entree-navigation", "-fx-text-fill", ".entree-navigation:hover"),
            new Paire(".entree-navigation .ikonli-font-icon", "-fx-icon-color", ".navigation"),
            new Paire(".entree-navigation .ikonli-font-icon", "-fx-icon-color", ".entree-navigation:hover"),
            new Paire(".entree-navigation:selected", "-fx-text-fill", ".entree-navigation:selected"),
            new Paire(".entree-navigation:selected .ikonli-font-icon", "-fx-icon-color", ".entree-navigation:selected"),
            new Paire(".titre-page", "-fx-text-fill", PAGE),
            new Paire(".sous-titre", "-fx-text-fill", PAGE),
            new Paire(".compte", "-fx-text-fill", PAGE),
            new Paire(".libelle-champ", "-fx-text-fill", PAGE),
            new Paire(".barre-etat .label", "-fx-text-fill", ".barre-etat"),
            new Paire(".bouton-principal", "-fx-text-fill", ".bouton-principal"),
            new Paire(".avertissement", "-fx-text-fill", PAGE),
            new Paire(".verification-journal:intact", "-fx-text-fill", PAGE),
            new Paire(".verification-journal:altere", "-fx-text-fill", PAGE),
            new Paire(".problemes-formulaire", "-fx-text-fill", PAGE),
            new Paire(".chrono:depasse", "-fx-text-fill", PAGE),
            new Paire(".constat-quorum", "-fx-text-fill", PAGE),
            new Paire(".constat-quorum:atteint", "-fx-text-fill", PAGE),
            new Paire(".projection-grand", "-fx-text-fill", ".projection"),
            new Paire(".projection-moyen", "-fx-text-fill", ".projection"),
            new Paire(".projection-petit", "-fx-text-fill", ".projection"),
            new Paire(".projection-barre > .label", "-fx-text-fill", ".projection"),
            new Paire(".issue-decision:selected", "-fx-text-fill", ".issue-decision:selected"),
            new Paire(".bandeau-lecture-seule", "-fx-text-fill", ".bandeau-lecture-seule"),
            new Paire(".badge, .barre-etat .label.badge", "-fx-text-fill", ".badge, .barre-etat .label.badge"),
            new Paire(".table-view:focused .table-row-cell:filled:selected .texte-retour", "-fx-fill", "-fx-accent"),
            new Paire(".table-row-cell:en-retard .text", "-fx-fill", ".table-row-cell:en-retard"),
            new Paire(".table-row-cell:en-retard:selected .text", "-fx-fill", ".table-row-cell:en-retard:selected"),
            new Paire(".table-row-cell:realise .text", "-fx-fill", PAGE),
            new Paire(".table-row-cell:realise:selected .text", "-fx-fill", SELECTION_SANS_FOCUS),
            new Paire(".table-view:focused .table-row-cell:realise:selected .text", "-fx-fill", "-fx-accent"),
            new Paire(".table-row-cell:inactif .text", "-fx-fill", PAGE),
            new Paire(".table-row-cell:inactif:selected .text", "-fx-fill", SELECTION_SANS_FOCUS),
            new Paire(".table-view:focused .table-row-cell:inactif:selected .text", "-fx-fill", "-fx-accent"),
            new Paire(".tuile-valeur", "-fx-text-fill", ".tuile"),
            new Paire(".tuile-libelle", "-fx-text-fill", ".tuile"),
            new Paire(".texte-vide", "-fx-text-fill", PAGE),
            new Paire(".nom-etape", "-fx-text-fill", ".etapes-mise-en-place"),
            new Paire(".nom-etape", "-fx-text-fill", ".entree-etape:hover, .entree-etape:focused"),
            new Paire(".etat-etape", "-fx-text-fill", ".etapes-mise-en-place"),
            new Paire(".etat-etape", "-fx-text-fill", ".entree-etape:hover, .entree-etape:focused"),
            new Paire(".etape-faite", "-fx-icon-color", ".etapes-mise-en-place"));

    private static final Map<String, Map<String, String>> REGLES = new HashMap<>();

    @BeforeAll
    static void lireLaFeuille() throws IOException {
        String css;
        try (InputStream flux = ContrastesFeuilleDeStyleTest.class.getResourceAsStream("cellule-pdp.css")) {
            css = new String(flux.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Matcher regle = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(css);
        while (regle.find()) {
            Map<String, String> proprietes = REGLES.computeIfAbsent(normaliser(regle.group(1)), s -> new HashMap<>());
            for (String declaration : regle.group(2).split(";")) {
                int deuxPoints = declaration.indexOf(':');
                if (deuxPoints > 0) {
                    proprietes.put(declaration.substring(0, deuxPoints).strip(),
                            declaration.substring(deuxPoints + 1).strip());
                }
            }
        }
    }

    @Test
    void every_text_colour_reaches_4_5_to_1_on_its_background() {
        for (Paire paire : PAIRES) {
            String texte = couleur(paire.selecteur(), paire.propriete());
            String fond = fond(paire.fond());
            assertThat(contraste(texte, fond)).as("%s %s (%s) sur %s (%s)", paire.selecteur(), paire.propriete(),
                    texte, paire.fond(), fond).isGreaterThanOrEqualTo(4.5);
        }
    }

    /**
     * A background set for Modena's own text (the inside of fields and lists, the body of choice boxes: a read-only
     * tint) carries Modena's dark text, {@code -fx-mid-text-color}, which must reach 4.5:1 on it too.
     */
    @Test
    void every_background_under_modena_s_text_reaches_4_5_to_1() {
        Map<String, String> fonds = new HashMap<>();
        REGLES.forEach((selecteur, proprietes) -> proprietes.forEach((propriete, valeur) -> {
            if (FONDS_DU_TEXTE_MODENA.contains(propriete)) {
                fonds.put(selecteur + " " + propriete, resoudre(valeur));
            }
        }));
        assertThat(fonds).as("la teinte de lecture seule").isNotEmpty();
        fonds.forEach((ou, fond) -> assertThat(contraste(TEXTE_MODENA, fond)).as("%s (%s)", ou, fond)
                .isGreaterThanOrEqualTo(4.5));
    }

    @Test
    void every_text_colour_of_the_style_sheet_is_paired_with_its_background() {
        Set<String> declarees = new LinkedHashSet<>();
        REGLES.forEach((selecteur, proprietes) -> proprietes.keySet().stream().filter(PROPRIETES_TEXTE::contains)
                .forEach(p -> declarees.add(selecteur + " " + p)));
        Set<String> verifiees = new LinkedHashSet<>();
        PAIRES.forEach(p -> verifiees.add(normaliser(p.selecteur()) + " " + p.propriete()));
        assertThat(verifiees).containsAll(declarees);
    }

    @Test
    void no_colour_is_set_in_code_out_of_the_style_sheet_s_reach() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> fichiers = Files.walk(sources)) {
            List<Path> enCouleur = fichiers.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("CouleursGraphiques.java"))
                    .filter(f -> lire(f).matches("(?s).*-fx-(text-fill|fill|background-color|text-base-color).*"))
                    .toList();
            assertThat(enCouleur).as("des couleurs hors de la feuille de style").isEmpty();
        }
    }

    @Test
    void the_luminance_formula_gives_the_known_ratios() {
        assertThat(contraste("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contraste("#777777", "#ffffff")).isBetween(4.47, 4.49);
        assertThat(contraste("#ffffff", "#d3d3d3")).as("du blanc sur la sélection sans focus").isLessThan(1.6);
    }

    private static String lire(Path fichier) {
        try {
            return Files.readString(fichier);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String normaliser(String selecteur) {
        return selecteur.strip().replaceAll("\\s+", " ").replaceAll(" ?, ?", ", ");
    }

    private static String fond(String fond) {
        if (fond.startsWith("#") || fond.startsWith("-fx-")) {
            return resoudre(fond);
        }
        return couleur(fond, "-fx-background-color");
    }

    private static String couleur(String selecteur, String propriete) {
        Map<String, String> proprietes = REGLES.get(normaliser(selecteur));
        assertThat(proprietes).as("règle « %s » absente de la feuille", selecteur).isNotNull();
        assertThat(proprietes).as(selecteur).containsKey(propriete);
        return resoudre(proprietes.get(propriete));
    }

    /** A colour written #rgb, #rrggbb, white or black, or a colour looked up in .root (-fx-base, -fx-accent). */
    private static String resoudre(String valeur) {
        String v = valeur.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.startsWith("-fx-")) {
            return resoudre(REGLES.get(".root").get(v));
        }
        return switch (v) {
            case "white" -> "#ffffff";
            case "black" -> "#000000";
            default -> {
                assertThat(v).as("couleur lisible par ce test").matches("#([0-9a-f]{3}|[0-9a-f]{6})");
                yield v.length() == 4 ? "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3)
                        + v.charAt(3) : v;
            }
        };
    }

    private static double contraste(String texte, String fond) {
        return Contrastes.contraste(texte, fond);
    }

    private record Paire(String selecteur, String propriete, String fond) {
    }
}
