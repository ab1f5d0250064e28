package fr.cellulepdp.app.importation;

import fr.cellulepdp.model.commun.SaisieInvalideException;
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
import java.util.Locale;
import java.util.Map;
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

    private LecteurListeIj60() {
    }

    public static List<LigneImport> lire(Path fichier) {
        byte[] octets;
        try {
            octets = Files.readAllBytes(fichier);
        } catch (IOException e) {
            throw new SaisieInvalideException("fichier", "impossible de lire « " + fichier.getFileName() + " » : "
                    + e.getClass().getSimpleName() + ".");
        }
        return lire(octets);
    }

    static List<LigneImport> lire(byte[] octets) {
        String texte = decoder(octets);
        String entete = texte.lines().findFirst().orElse("");
        if (entete.isBlank()) {
            throw new SaisieInvalideException("fichier", "le fichier est vide : une ligne d'en-tête est attendue.");
        }
        char separateur = compter(entete, ';') >= compter(entete, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separateur)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .build();
        try (CSVParser parser = CSVParser.parse(new StringReader(texte), format)) {
            Map<String, String> colonnes = colonnes(parser.getHeaderNames());
            List<LigneImport> lignes = new ArrayList<>();
            for (CSVRecord enregistrement : parser) {
                Map<String, String> valeurs = new HashMap<>();
                colonnes.forEach((nom, enTete) -> valeurs.put(nom,
                        enregistrement.isSet(enTete) ? enregistrement.get(enTete) : ""));
                // line 1 is the header
                lignes.add(new LigneImport((int) enregistrement.getRecordNumber() + 1, valeurs));
            }
            return lignes;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new SaisieInvalideException("fichier", "le fichier n'est pas un CSV lisible : "
                    + e.getMessage());
        }
    }

    /** Header names normalised (lower case, no spaces or accents), checked for the mandatory columns. */
    private static Map<String, String> colonnes(List<String> entetes) {
        Map<String, String> colonnes = new HashMap<>();
        for (String entete : entetes) {
            String normalise = entete.strip().toLowerCase(Locale.ROOT).replace('é', 'e').replace(' ', '_');
            colonnes.putIfAbsent(normalise, entete);
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
