package fr.cellulepdp.model.consolidation;

import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.audit.Ed25519;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.Periode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The export file: plain CSV (RFC 4180, « , », UTF-8, LF) that PostgreSQL's COPY loads as it is. Every line has the
 * same eight columns {@code cellule,du,au,version,code,libelle,valeur,masque}: first one line per fact, then four
 * trailer lines whose code starts with « # »: {@code #sha256} (of every byte before it, in {@code libelle}),
 * {@code #cle_publique}, {@code #empreinte_cle} and {@code #signature} (Ed25519 of the same bytes). A hidden fact
 * has an empty {@code valeur} and {@code masque} true.
 */
public final class FormatExport {

    static final String ENTETE = "cellule,du,au,version,code,libelle,valeur,masque";
    private static final List<String> FIN = List.of("#sha256", "#cle_publique", "#empreinte_cle", "#signature");

    private FormatExport() {
    }

    /** The file's text: the facts, then the trailer, signed by {@code signer} (Base64 Ed25519 of the text given). */
    public static String ecrire(ExportBilan export, UnaryOperator<String> signer) {
        StringBuilder corps = new StringBuilder(ENTETE).append('\n');
        for (Map.Entry<String, String> fait : DefinitionsBilan.faits().entrySet()) {
            boolean masque = export.faits().masque(fait.getKey());
            ligne(corps, export, fait.getKey(), fait.getValue(),
                    masque ? "" : Long.toString(export.faits().valeur(fait.getKey())), Boolean.toString(masque));
        }
        String texte = corps.toString();
        StringBuilder fichier = new StringBuilder(texte);
        ligne(fichier, export, "#sha256", Empreintes.sha256(texte.getBytes(StandardCharsets.UTF_8)), "", "");
        ligne(fichier, export, "#cle_publique", export.clePublique(), "", "");
        ligne(fichier, export, "#empreinte_cle", export.empreinteCle(), "", "");
        ligne(fichier, export, "#signature", signer.apply(texte), "", "");
        return fichier.toString();
    }

    /** The SHA-256 fingerprint of a Base64 public key, in hex. */
    public static String empreinte(String clePublique) {
        return Empreintes.sha256(Base64.getDecoder().decode(clePublique));
    }

    /**
     * Reads and checks one export: its form, its checksum, its signature by the key it carries, the key's
     * fingerprint and the version of the definitions.
     *
     * @throws SaisieInvalideException naming the file and what is wrong with it
     */
    public static ExportBilan lire(String nom, byte[] contenu) {
        String texte = new String(contenu, StandardCharsets.UTF_8);
        if (!texte.startsWith(ENTETE + "\n")) {
            throw refus(nom, "ce n'est pas un export de bilan (la première ligne doit être « " + ENTETE + " »).");
        }
        List<List<String>> lignes = lignes(nom, texte);
        int premiereFin = 1;
        while (premiereFin < lignes.size() && !lignes.get(premiereFin).get(4).startsWith("#")) {
            premiereFin++;
        }
        // what was hashed and signed: every line before the first trailer line, each ending with LF
        String corps = String.join("\n", java.util.Arrays.asList(texte.split("\n", -1)).subList(0, premiereFin))
                + "\n";
        Map<String, String> fin = new LinkedHashMap<>();
        Map<String, Long> valeurs = new LinkedHashMap<>();
        Set<String> masques = new HashSet<>();
        String cellule = null;
        Periode periode = null;
        String version = null;
        for (int i = 1; i < lignes.size(); i++) {
            List<String> l = lignes.get(i);
            String ou = "ligne " + (i + 1);
            if (cellule == null) {
                cellule = l.get(0);
                periode = periode(nom, ou, l.get(1), l.get(2));
                version = l.get(3);
            } else if (!l.get(0).equals(cellule) || !l.get(1).equals(periode.du().toString())
                    || !l.get(2).equals(periode.au().toString()) || !l.get(3).equals(version)) {
                throw refus(nom, ou + " : la cellule, la période ou la version diffère de la première ligne.");
            }
            String code = l.get(4);
            if (code.startsWith("#")) {
                fin.put(code, l.get(5));
            } else if (!fin.isEmpty()) {
                throw refus(nom, ou + " : un fait après la signature.");
            } else if ("true".equals(l.get(7))) {
                masques.add(code);
                valeurs.put(code, 0L);
            } else {
                valeurs.put(code, nombre(nom, ou, l.get(6)));
            }
        }
        if (!fin.keySet().equals(new HashSet<>(FIN))) {
            throw refus(nom, "les lignes de contrôle " + FIN + " sont incomplètes.");
        }
        if (!Empreintes.sha256(corps.getBytes(StandardCharsets.UTF_8)).equals(fin.get("#sha256"))) {
            throw refus(nom, "le contenu a été modifié après l'export (l'empreinte SHA-256 ne correspond plus) : "
                    + "demandez à la cellule un nouvel export.");
        }
        if (!Ed25519.verifier(fin.get("#cle_publique"), corps, fin.get("#signature"))) {
            throw refus(nom, "la signature ne correspond pas au contenu : le fichier a été modifié ou signé par une "
                    + "autre clé ; demandez à la cellule un nouvel export.");
        }
        if (!empreinteValide(fin.get("#cle_publique"), fin.get("#empreinte_cle"))) {
            throw refus(nom, "l'empreinte de la clé publique ne correspond pas à la clé jointe.");
        }
        if (!DefinitionsBilan.VERSION.equals(version)) {
            throw refus(nom, "version des définitions « " + version + " », alors que cette application consolide la "
                    + "version « " + DefinitionsBilan.VERSION + " » : les chiffres ne se comparent pas.");
        }
        if (!valeurs.keySet().equals(DefinitionsBilan.faits().keySet())) {
            throw refus(nom, "la liste des faits ne correspond pas à la version « " + version + " ».");
        }
        return new ExportBilan(cellule, periode, version, new FaitsBilan(valeurs, masques, Map.of()),
                fin.get("#cle_publique"), fin.get("#empreinte_cle"));
    }

    private static boolean empreinteValide(String cle, String empreinte) {
        try {
            return empreinte(cle).equals(empreinte);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void ligne(StringBuilder sortie, ExportBilan e, String code, String libelle, String valeur,
                              String masque) {
        sortie.append(champ(e.cellule())).append(',').append(e.periode().du()).append(',').append(e.periode().au())
                .append(',').append(champ(e.version())).append(',').append(champ(code)).append(',')
                .append(champ(libelle)).append(',').append(valeur).append(',').append(masque).append('\n');
    }

    /** A field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
    static String champ(String texte) {
        if (texte.contains(",") || texte.contains("\"") || texte.contains("\n") || texte.contains("\r")) {
            return '"' + texte.replace("\"", "\"\"") + '"';
        }
        return texte;
    }

    /** The lines of the file split in fields (RFC 4180 quoting, no line break inside a field). */
    static List<List<String>> lignes(String nom, String texte) {
        List<List<String>> lignes = new ArrayList<>();
        String[] brutes = texte.split("\n", -1);
        for (int n = 0; n < brutes.length; n++) {
            String brute = brutes[n];
            if (brute.isEmpty() && n == brutes.length - 1) {
                break;
            }
            List<String> champs = new ArrayList<>();
            StringBuilder courant = new StringBuilder();
            boolean entreGuillemets = false;
            for (int i = 0; i < brute.length(); i++) {
                char c = brute.charAt(i);
                if (entreGuillemets) {
                    if (c == '"' && i + 1 < brute.length() && brute.charAt(i + 1) == '"') {
                        courant.append('"');
                        i++;
                    } else if (c == '"') {
                        entreGuillemets = false;
                    } else {
                        courant.append(c);
                    }
                } else if (c == '"') {
                    entreGuillemets = true;
                } else if (c == ',') {
                    champs.add(courant.toString());
                    courant.setLength(0);
                } else {
                    courant.append(c);
                }
            }
            champs.add(courant.toString());
            if (entreGuillemets || champs.size() != 8) {
                throw refus(nom, "ligne " + (n + 1) + " : 8 colonnes attendues (" + ENTETE + ").");
            }
            lignes.add(champs);
        }
        return lignes;
    }

    private static Periode periode(String nom, String ou, String du, String au) {
        try {
            return new Periode(LocalDate.parse(du), LocalDate.parse(au));
        } catch (DateTimeParseException | SaisieInvalideException e) {
            throw refus(nom, ou + " : période « " + du + " – " + au + " » invalide.");
        }
    }

    private static long nombre(String nom, String ou, String valeur) {
        try {
            long n = Long.parseLong(valeur);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw refus(nom, ou + " : « " + valeur + " » n'est pas un nombre positif ou nul.");
        }
    }

    static SaisieInvalideException refus(String nom, String raison) {
        return new SaisieInvalideException("fichier", "export « " + nom + " » refusé : " + raison);
    }
}
