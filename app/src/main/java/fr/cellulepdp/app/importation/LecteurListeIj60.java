package fr.cellulepdp.app.importation;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.importation.LigneImport;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the monthly list file (Apache Commons CSV): UTF-8 with or without BOM, or Windows-1252 (what Excel
 * writes on French Windows), separator ";" or ",", columns in any order, recognised without being told.
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

    public static List<LigneImport> lire(Path fichier) {
        return lireFichier(fichier).lignes();
    }

    /**
     * @throws SaisieInvalideException for the whole file only when it cannot be read, is empty, or its header lacks
     *                                 a mandatory column or names one twice; a line that is not valid CSV is that
     *                                 row's error
     */
    public static Fichier lireFichier(Path fichier) {
        byte[] octets;
        try {
            octets = Files.readAllBytes(fichier);
        } catch (IOException e) {
            throw new SaisieInvalideException("fichier", "impossible de lire « " + fichier.getFileName() + " » : "
                    + e.getClass().getSimpleName() + ".");
        }
        return lireFichier(octets);
    }

    static List<LigneImport> lire(byte[] octets) {
        return lireFichier(octets).lignes();
    }

    /**
     * Each physical line is one record, parsed on its own: an unbalanced quote spoils its line only (a field of the
     * monthly list never spans lines).
     */
    static Fichier lireFichier(byte[] octets) {
        List<String> lignesTexte = decoder(octets).lines().toList();
        String entete = lignesTexte.isEmpty() ? "" : lignesTexte.get(0);
        if (entete.isBlank()) {
            throw new SaisieInvalideException("fichier", "le fichier est vide : une ligne d'en-tête est attendue.");
        }
        char separateur = compter(entete, ';') >= compter(entete, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separateur).setTrim(true).build();
        List<String> entetes;
        try {
            entetes = champs(entete, format);
        } catch (IOException | RuntimeException e) {
            throw new SaisieInvalideException("fichier", "ligne 1 (en-tête) illisible : " + raison(e));
        }
        Map<String, Integer> colonnes = colonnes(entetes);
        List<String> ignorees = colonnes.keySet().stream().filter(c -> !COLONNES_CONNUES.contains(c)).sorted()
                .toList();
        List<LigneImport> lignes = new ArrayList<>();
        for (int i = 1; i < lignesTexte.size(); i++) {
            String texte = lignesTexte.get(i);
            if (texte.isBlank()) {
                continue;
            }
            int numero = i + 1;
            try {
                List<String> valeurs = champs(texte, format);
                if (valeurs.size() > entetes.size()) {
                    lignes.add(LigneImport.illisible(numero, valeurs.size() + " champs pour " + entetes.size()
                            + " colonnes dans l'en-tête (séparateur « " + separateur + " » en trop ?)."));
                    continue;
                }
                Map<String, String> parNom = new HashMap<>();
                colonnes.forEach((nom, position) -> parNom.put(nom,
                        position <= valeurs.size() ? valeurs.get(position - 1) : ""));
                lignes.add(new LigneImport(numero, parNom, colonnes, ""));
            } catch (IOException | RuntimeException e) {
                lignes.add(LigneImport.illisible(numero, raison(e)));
            }
        }
        return new Fichier(lignes, ignorees);
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

    /** UTF-8 when the bytes are valid UTF-8 (BOM removed), Windows-1252 otherwise. */
    static String decoder(byte[] octets) {
        int debut = octets.length >= 3 && (octets[0] & 0xFF) == 0xEF && (octets[1] & 0xFF) == 0xBB
                && (octets[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer contenu = ByteBuffer.wrap(octets, debut, octets.length - debut);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(contenu).toString();
        } catch (CharacterCodingException e) {
            return new String(octets, WINDOWS_1252);
        }
    }

    private static long compter(String ligne, char caractere) {
        return ligne.chars().filter(c -> c == caractere).count();
    }
}
