package fr.cellulepdp.app.audit;

import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit trail's seals kept outside the database, for {@code verify-audit}: the one recorded beside each signed
 * minutes in the archive folder (documents/seance-NNN/03-proces-verbal.sceau, the head the PDF itself carries).
 * A seal that cannot be read counts as one no account signed: removing or garbling it is no way to hide a removal.
 */
public final class SceauxHorsBase {

    private static final String PREFIXE = "seance-";

    private SceauxHorsBase() {
    }

    /** The seals of the signed minutes under {@code documents}, by meeting; none when the folder does not exist. */
    public static List<SceauJournal.Externe> desProcesVerbaux(Path documents) {
        if (!Files.isDirectory(documents)) {
            return List.of();
        }
        List<SceauJournal.Externe> sceaux = new ArrayList<>();
        try (Stream<Path> dossiers = Files.list(documents)) {
            for (Path dossier : dossiers.filter(d -> d.getFileName().toString().startsWith(PREFIXE)).sorted().toList()) {
                Path fichier = dossier.resolve(GenererDocumentsSeance.SCEAU_PROCES_VERBAL);
                if (Files.isRegularFile(fichier)) {
                    sceaux.add(externe("le procès-verbal signé de la séance n° " + numero(dossier),
                            Files.readString(fichier, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("lecture des sceaux du journal impossible dans « " + documents + " » : "
                    + e.getMessage(), e);
        }
        return sceaux;
    }

    /** A seal read from text; an unreadable one stands as a seal no known key signed. */
    public static SceauJournal.Externe externe(String origine, String texte) {
        return new SceauJournal.Externe(origine, SceauJournal.Sceau.depuisTexte(texte.strip())
                .orElse(new SceauJournal.Sceau(0, "", "?", "")));
    }

    private static String numero(Path dossier) {
        String numero = dossier.getFileName().toString().substring(PREFIXE.length()).replaceFirst("^0+(?=.)", "");
        return numero;
    }
}
