package fr.cellulepdp.app.sauvegarde;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.persistence.base.RestaurationBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backup and restore of the cell: the whole database (settings, templates and outbox included), its key ring when
 * the file is encrypted (the accounts' passwords of the day of the backup open it again) and the generated
 * documents, in one encrypted file. Restoring checks the whole file first: a damaged or foreign file changes
 * nothing. An older backup is brought up to date by the migrations when the database next opens.
 */
public final class Sauvegarde {

    static final String BASE = "base.zip";
    /** The key ring of an encrypted database file: without it the copy of the file could never be read. */
    static final String TROUSSEAU = "base.cles";
    /**
     * The audit trail's head when the backup was made, signed by the key of the account that made it: inside the
     * encrypted file, so that {@code verify-audit --backup} names the entries removed since.
     */
    static final String SCEAU = "sceau-journal";
    /** The folders of the data folder a backup carries: the documents produced, the public certificates. */
    static final java.util.List<String> DOSSIERS = java.util.List.of("documents",
            fr.cellulepdp.app.document.CertificatsPublics.DOSSIER);

    private Sauvegarde() {
    }

    /**
     * What a backup reads of the open database, built in the wiring: the data folder, a consistent copy of the base
     * (refused to anyone but the coordinatrice, since it holds every file), the key ring of an encrypted file, and the
     * trail's head signed by the acting account; {@code autoriser} refuses another role before any file is made.
     */
    public record Source(Path dossierDonnees, Runnable autoriser, java.util.function.Consumer<Path> copierBaseVers,
                         java.util.function.Supplier<Optional<byte[]>> trousseau,
                         java.util.function.Supplier<Optional<String>> sceauTete) {
    }

    /**
     * Writes the backup of the open database and its documents to {@code fichier}; returns how many entries.
     *
     * @throws SaisieInvalideException when the password does not follow the accounts' rule (12 characters, three
     *                                 kinds): nothing is written
     */
    public static int sauvegarder(Source source, Path fichier, char[] motDePasse) {
        source.autoriser().run();
        refuserMotDePasseFaible(motDePasse, motDePasse);
        try {
            // in the data folder's private temporary folder, removed at the next start if a crash leaves it
            Path copie = fr.cellulepdp.app.document.FichiersPrives.temporaire(source.dossierDonnees(), ".zip");
            try {
                Files.delete(copie);
                source.copierBaseVers().accept(copie);
                Map<String, byte[]> entrees = new LinkedHashMap<>();
                entrees.put(BASE, Files.readAllBytes(copie));
                source.trousseau().get().ifPresent(cles -> entrees.put(TROUSSEAU, cles));
                source.sceauTete().get().ifPresent(sceau -> entrees.put(SCEAU,
                        sceau.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                for (String nom : DOSSIERS) {
                    Path dossierCopie = source.dossierDonnees().resolve(nom);
                    for (Path f : fichiers(dossierCopie)) {
                        entrees.put(nom + "/" + dossierCopie.relativize(f).toString().replace('\\', '/'),
                                Files.readAllBytes(f));
                    }
                }
                DossierDocuments.ecrireAtomiquement(fichier, FichierSauvegarde.ecrire(entrees, motDePasse));
                return entrees.size();
            } finally {
                Files.deleteIfExists(copie);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sauvegarde impossible : " + e.getMessage(), e);
        }
    }

    /** A backup's password follows the accounts' rule; an older, weaker one still restores. */
    public static void refuserMotDePasseFaible(char[] motDePasse, char[] confirmation) {
        var problemes = fr.cellulepdp.model.compte.GererComptes.regles("", motDePasse, confirmation);
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes.stream().map(p -> new fr.cellulepdp.model.commun.Probleme(
                    p.champ() + " de la sauvegarde", p.message())).toList());
        }
    }

    /**
     * Restores {@code sauvegarde} as the database file {@code fichierBase} (which must not be open) and its
     * documents folder. The file is read and checked entirely before anything is replaced.
     */
    public static int restaurer(Path fichierBase, Path sauvegarde, char[] motDePasse) {
        try {
            Map<String, byte[]> entrees = lire(sauvegarde, motDePasse);
            // the base and its key ring switch together; the former ones are kept aside, numbered
            RestaurationBase.restaurer(fichierBase, entrees.get(BASE), Optional.ofNullable(entrees.get(TROUSSEAU)));
            for (String nom : DOSSIERS) {
                Path dossierCible = fichierBase.toAbsolutePath().getParent().resolve(nom);
                for (Map.Entry<String, byte[]> entree : entrees.entrySet()) {
                    if (entree.getKey().startsWith(nom + "/")) {
                        Path cible = dossierCible.resolve(entree.getKey().substring(nom.length() + 1)).normalize();
                        if (!cible.startsWith(dossierCible)) {
                            continue; // a name escaping the folder is never written
                        }
                        DossierDocuments.ecrireAtomiquement(cible, entree.getValue());
                    }
                }
            }
            return entrees.size();
        } catch (IOException e) {
            throw new UncheckedIOException("restauration impossible : " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks a backup without changing anything (wrong password, damaged or foreign file refused in
     * French); returns how many entries it holds. The window checks before closing the database to restore.
     */
    public static int verifier(Path sauvegarde, char[] motDePasse) {
        try {
            return lire(sauvegarde, motDePasse).size();
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de la sauvegarde impossible : " + e.getMessage(), e);
        }
    }

    /**
     * The trail's seal a backup carries, authenticated by its encryption (wrong password or changed file refused in
     * French); empty for a backup made before seals, or by no signing account.
     */
    public static Optional<fr.cellulepdp.model.audit.SceauJournal.Externe> sceau(Path sauvegarde, char[] motDePasse) {
        try {
            return Optional.ofNullable(lire(sauvegarde, motDePasse).get(SCEAU)).map(texte ->
                    fr.cellulepdp.app.audit.SceauxHorsBase.externe("la sauvegarde « " + sauvegarde.getFileName()
                            + " »", new String(texte, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de la sauvegarde impossible : " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> lire(Path sauvegarde, char[] motDePasse) throws IOException {
        if (!Files.isRegularFile(sauvegarde)) {
            throw new SaisieInvalideException("sauvegarde", "le fichier « " + sauvegarde + " » n'existe pas.");
        }
        Map<String, byte[]> entrees = FichierSauvegarde.lire(Files.readAllBytes(sauvegarde), motDePasse);
        if (entrees.get(BASE) == null) {
            throw new SaisieInvalideException("sauvegarde", "la sauvegarde ne contient pas de base de données.");
        }
        return entrees;
    }

    private static List<Path> fichiers(Path dossier) throws IOException {
        if (!Files.isDirectory(dossier)) {
            return List.of();
        }
        try (Stream<Path> tous = Files.walk(dossier)) {
            return tous.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
