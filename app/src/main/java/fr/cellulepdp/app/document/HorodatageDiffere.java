package fr.cellulepdp.app.document;

import fr.cellulepdp.reports.signature.DonneesDeValidation;
import fr.cellulepdp.reports.signature.Horodatage;
import fr.cellulepdp.reports.signature.MiseANiveau;
import fr.cellulepdp.reports.signature.RevocationsEnLigne;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Documents signed while the time-stamp authority could not be reached (PAdES B-B), or time-stamped while the
 * revocation data of their certificates could not be fetched (B-T), wait in the documents folder's list
 * « .a-horodater » (paths relative to it); the outbox, each time it goes online, adds a document time-stamp to each
 * that needs one (B-T), then the validation material (B-LT), and takes it off the list. A document that cannot be
 * time-stamped yet, or whose revocation data still does not answer, simply stays listed.
 */
public final class HorodatageDiffere {

    static final String LISTE = ".a-horodater";

    private final Path racine;

    public HorodatageDiffere(Path racineDocuments) {
        this.racine = racineDocuments;
    }

    /**
     * Records, among documents just written, those whose last signature has no time-stamp, or lacks revocation data
     * its certificates say where to fetch.
     */
    public synchronized void noterSiNecessaire(List<Path> documents) {
        Set<String> liste = lire();
        for (Path document : documents) {
            try {
                if (Files.isRegularFile(document) && aMettreANiveau(Files.readAllBytes(document))) {
                    liste.add(racine.toAbsolutePath().relativize(document.toAbsolutePath()).toString()
                            .replace('\\', '/'));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ecrire(liste);
    }

    /**
     * The archive of record under this folder; while a time-stamp authority is set, the signed documents it
     * deposits are noted, so that those signed offline get their time-stamp later.
     */
    public fr.cellulepdp.model.document.ArchiveDocuments archive(ReglagesHorodatage reglages) {
        var archive = DossierDocuments.archive(racine);
        if (!reglages.actif()) {
            return archive;
        }
        return (numero, documents) -> {
            archive.deposer(numero, documents);
            Path dossier = DossierDocuments.dossier(racine, numero);
            noterSiNecessaire(documents.stream().filter(d -> d.signe()).map(d -> dossier.resolve(d.nomFichier()))
                    .toList());
        };
    }

    public synchronized List<String> enAttente() {
        return List.copyOf(lire());
    }

    private static boolean aMettreANiveau(byte[] pdf) {
        // a document without its time-stamp is listed for it; one with it, for its revocation data if it lacks some
        return MiseANiveau.aHorodater(pdf) || DonneesDeValidation.aCompleter(pdf);
    }

    /** @return how many documents were time-stamped or completed now */
    public synchronized int horodater(Horodatage horodatage) {
        return horodater(horodatage, sha256 -> false, (ancien, nouveau) -> { });
    }

    /**
     * The same, leaving as they are the documents {@code fige} recognises by their SHA-256: a letter already sent or
     * posted stays byte for byte what its recipient holds (it keeps its B-B signature; its record says when it left).
     *
     * {@code remplace} learns each document's former and new SHA-256, so that what records the former follows.
     *
     * @return how many documents were time-stamped or completed now
     */
    public synchronized int horodater(Horodatage horodatage, java.util.function.Predicate<String> fige,
                                      java.util.function.BiConsumer<String, String> remplace) {
        Set<String> liste = lire();
        // one fetcher for the round: a CRL shared by many documents is fetched once, a dead server tried once
        DonneesDeValidation validation = new DonneesDeValidation(new RevocationsEnLigne());
        int faits = 0;
        for (String relatif : new ArrayList<>(liste)) {
            Path document = racine.resolve(relatif);
            try {
                if (!Files.isRegularFile(document)) {
                    liste.remove(relatif);
                    continue;
                }
                byte[] pdf = Files.readAllBytes(document);
                if (fige.test(fr.cellulepdp.model.commun.Empreintes.sha256(pdf))) {
                    liste.remove(relatif);
                    continue;
                }
                Optional<byte[]> horodate = MiseANiveau.horodater(pdf, horodatage);
                if (horodate.isEmpty()) {
                    break; // still offline: the next round tries again
                }
                // the revocation data of the signatures and time-stamps (B-LT); what does not answer, later
                Optional<byte[]> complete = validation.completer(horodate.get());
                byte[] nouveau = complete.orElse(horodate.get());
                if (nouveau != pdf) {
                    DossierDocuments.remplacer(document, nouveau);
                    remplace.accept(fr.cellulepdp.model.commun.Empreintes.sha256(pdf),
                            fr.cellulepdp.model.commun.Empreintes.sha256(nouveau));
                    faits++;
                }
                if (complete.isPresent()) {
                    liste.remove(relatif);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("horodatage de « " + relatif + " » impossible : " + e.getMessage(), e);
            }
        }
        ecrire(liste);
        return faits;
    }

    private Set<String> lire() {
        Path fichier = racine.resolve(LISTE);
        try {
            return Files.isRegularFile(fichier) ? new LinkedHashSet<>(Files.readAllLines(fichier,
                    StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList()) : new LinkedHashSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ecrire(Set<String> liste) {
        try {
            if (liste.isEmpty()) {
                Files.deleteIfExists(racine.resolve(LISTE));
            } else {
                Files.createDirectories(racine);
                FichiersPrives.ecrireAtomiquement(racine.resolve(LISTE),
                        (String.join("\n", liste) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
