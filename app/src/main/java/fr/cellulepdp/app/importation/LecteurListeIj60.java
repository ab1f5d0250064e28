package fr.cellulepdp.app.importation;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.importation.LigneImport;
import fr.cellulepdp.model.importation.SourceLignesImport;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the monthly list file (Apache Commons CSV): UTF-8 with or without BOM, or Windows-1252 (what Excel
 * writes on French Windows), separator ";" or ",", columns in any order, recognised without being told. The file is
 * streamed, a line at a time.
 */
public final class LecteurListeIj60 {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> COLONNES_OBLIGATOIRES = List.of("nir", "nom", "prenom", "date_debut_arret",
            "risque");
    private static final Set<String> COLONNES_CONNUES = Set.of("nir", "nom", "prenom", "date_debut_arret", "risque",
            "date_naissance", "sexe", "employeur", "siret", "email", "telephone", "adresse");

    private LecteurListeIj60() {
    }

    /** The file read: its rows, and the header's columns the application does not know (ignored, reported). */
    public record Fichier(List<LigneImport> lignes, List<String> colonnesIgnorees) {
    }

    /** Where the bytes come from, opened again at each pass. */
    @FunctionalInterface
    private interface Octets {
        InputStream ouvrir() throws IOException;
    }

    /**
     * A list whose header is read and checked, and whose rows are read again from the file at each pass, one line at a
     * time: a list of any length is never held in memory.
     */
    public static final class Liste implements SourceLignesImport {
        private final Octets octets;
        private final Charset encodage;
        private final CSVFormat format;
        private final int nombreColonnes;
        private final Map<String, Integer> colonnes;
        private final List<String> ignorees;

        private Liste(Octets octets) throws IOException {
            this.octets = octets;
            this.encodage = encodage(octets);
            String entete;
            try (BufferedReader lecteur = lecteur()) {
                entete = lecteur.readLine();
            }
            if (entete == null || entete.isBlank()) {
                throw new SaisieInvalideException("fichier", "le fichier est vide : une ligne d'en-tête est attendue.");
            }
            char separateur = compter(entete, ';') >= compter(entete, ',') ? ';' : ',';
            format = CSVFormat.DEFAULT.builder().setDelimiter(separateur).setTrim(true).build();
            List<String> entetes;
            try {
                entetes = champs(entete, format);
            } catch (IOException | RuntimeException e) {
                throw new SaisieInvalideException("fichier", "ligne 1 (en-tête) illisible : " + raison(e));
            }
            nombreColonnes = entetes.size();
            colonnes = colonnes(entetes);
            ignorees = colonnes.keySet().stream().filter(c -> !COLONNES_CONNUES.contains(c)).sorted().toList();
        }

        public List<String> colonnesIgnorees() {
            return ignorees;
        }

        /**
         * Each physical line is one record, parsed on its own: an unbalanced quote spoils its line only (a field of
         * the monthly list never spans lines).
         */
        @Override
        public void parcourir(Consumer<LigneImport> action) {
            try (BufferedReader lecteur = lecteur()) {
                lecteur.readLine();
                int numero = 1;
                for (String texte = lecteur.readLine(); texte != null; texte = lecteur.readLine()) {
                    numero++;
                    if (!texte.isBlank()) {
                        action.accept(ligne(numero, texte));
                    }
                }
            } catch (IOException e) {
                throw new SaisieInvalideException("fichier", "lecture du fichier interrompue : "
                        + e.getClass().getSimpleName() + ".");
            }
        }

        /** The rows {@link #parcourir} hands, counted without parsing them: the command's progress. */
        @Override
        public int nombreDeLignes() {
            try (BufferedReader lecteur = lecteur()) {
                return (int) lecteur.lines().skip(1).filter(texte -> !texte.isBlank()).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new SaisieInvalideException("fichier", "lecture du fichier interrompue : "
                        + e.getClass().getSimpleName() + ".");
            }
        }

        private LigneImport ligne(int numero, String texte) {
            try {
                List<String> valeurs = champs(texte, format);
                if (valeurs.size() > nombreColonnes) {
                    return LigneImport.illisible(numero, valeurs.size() + " champs pour " + nombreColonnes
                            + " colonnes dans l'en-tête (séparateur « " + format.getDelimiterString()
                            + " » en trop ?).");
                }
                Map<String, String> parNom = new HashMap<>();
                colonnes.forEach((nom, position) -> parNom.put(nom,
                        position <= valeurs.size() ? valeurs.get(position - 1) : ""));
                return new LigneImport(numero, parNom, colonnes, "");
            } catch (IOException | RuntimeException e) {
                return LigneImport.illisible(numero, raison(e));
            }
        }

        /** The text without the UTF-8 byte-order mark. */
        private BufferedReader lecteur() throws IOException {
            InputStream flux = new BufferedInputStream(octets.ouvrir());
            if (encodage == StandardCharsets.UTF_8) {
                flux.mark(3);
                if (!(flux.read() == 0xEF && flux.read() == 0xBB && flux.read() == 0xBF)) {
                    flux.reset();
                }
            }
            return new BufferedReader(new InputStreamReader(flux, encodage), 1 << 16);
        }
    }

    /**
     * Opens the list: its encoding recognised and its header checked, its rows not read yet.
     *
     * @throws SaisieInvalideException for the whole file only when it cannot be read, is empty, or its header lacks
     *                                 a mandatory column or names one twice; a line that is not valid CSV is that
     *                                 row's error
     */
    public static Liste ouvrir(Path fichier) {
        try {
            return new Liste(() -> Files.newInputStream(fichier));
        } catch (IOException e) {
            throw new SaisieInvalideException("fichier", "impossible de lire « " + fichier.getFileName() + " » : "
                    + e.getClass().getSimpleName() + ".");
        }
    }

    static List<LigneImport> lire(byte[] octets) {
        return lireFichier(octets).lignes();
    }

    /** The whole list in memory, for the tests. */
    static Fichier lireFichier(byte[] octets) {
        try {
            return toutLire(new Liste(() -> new ByteArrayInputStream(octets)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Fichier toutLire(Liste liste) {
        List<LigneImport> lignes = new ArrayList<>();
        liste.parcourir(lignes::add);
        return new Fichier(lignes, liste.colonnesIgnorees());
    }

    private static List<String> champs(String ligne, CSVFormat format) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(ligne), format)) {
            List<CSVRecord> enregistrements = parser.getRecords();
            if (enregistrements.size() != 1) {
                throw new IllegalStateException("guillemets non fermés");
            }
            return enregistrements.get(0).toList();
        }
    }

    /** Commons CSV's reasons are English and technical: the user gets what to fix. */
    private static String raison(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("EOF") || message.contains("encapsulated") || message.contains("guillemets")
                ? "guillemets non fermés (un champ commence par \" sans \" pour le fermer)."
                : "ligne CSV invalide.";
    }

    /**
     * Header names normalised (lower case, no spaces or accents) with their position, checked for the mandatory
     * columns and for a column named twice.
     */
    private static Map<String, Integer> colonnes(List<String> entetes) {
        Map<String, Integer> colonnes = new LinkedHashMap<>();
        Set<String> doubles = new TreeSet<>();
        for (int i = 0; i < entetes.size(); i++) {
            String normalise = Textes.pourRecherche(entetes.get(i)).replace(' ', '_');
            if (normalise.isEmpty()) {
                continue;
            }
            if (colonnes.putIfAbsent(normalise, i + 1) != null) {
                doubles.add(normalise);
            }
        }
        if (!doubles.isEmpty()) {
            throw new SaisieInvalideException("fichier", "colonne(s) en double dans l'en-tête : "
                    + String.join(", ", doubles) + " (laquelle garder ?). Supprimez le doublon.");
        }
        List<String> manquantes = COLONNES_OBLIGATOIRES.stream().filter(c -> !colonnes.containsKey(c)).toList();
        if (!manquantes.isEmpty()) {
            throw new SaisieInvalideException("fichier", "colonne(s) obligatoire(s) absente(s) de l'en-tête : "
                    + String.join(", ", manquantes) + ".");
        }
        return colonnes;
    }

    /** UTF-8 when the bytes are valid UTF-8 (with or without BOM), Windows-1252 otherwise; read once, in chunks. */
    private static Charset encodage(Octets octets) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] tampon = new char[1 << 14];
        try (Reader lecteur = new InputStreamReader(octets.ouvrir(), strict)) {
            while (lecteur.read(tampon) >= 0) {
                // only whether it decodes matters
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static long compter(String ligne, char caractere) {
        return ligne.chars().filter(c -> c == caractere).count();
    }
}
