package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.audit.SceauxHorsBase;
import fr.cellulepdp.app.sauvegarde.Sauvegarde;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.audit.VerifierAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify-audit}: checks the audit trail's hash chain and signatures, and its length against every seal found
 * (the key ring or the server's seals, the signed minutes of the archive, a backup given with --backup, signed minutes
 * given with --pdf); exit code 1 naming the first
 * forged, removed or reordered entry.
 */
@Command(name = "verify-audit", description = "Vérifie que le journal d'audit n'a pas été modifié (chaînage, "
        + "signatures des auteurs, sceaux du trousseau, des procès-verbaux signés et d'une sauvegarde) et nomme la "
        + "première entrée altérée ou supprimée.")
public final class CommandeVerifierAudit extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.audit.SceauJournal.Externes sceauxDesProcesVerbaux,
                          fr.cellulepdp.model.audit.VerifierAudit verifierAudit) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeVerifierAudit(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Option(names = "--backup", paramLabel = "FICHIER", description = "Une sauvegarde dont le sceau est aussi "
            + "vérifié (mot de passe : variable PDP_BACKUP_PASSWORD, ou demandé).")
    private Path sauvegarde;

    @Option(names = "--pdf", paramLabel = "FICHIER", description = "Un procès-verbal signé dont le sceau du journal "
            + "est aussi vérifié (répétable) : celui reçu par un membre, si l'archive n'a plus le sien.")
    private List<Path> procesVerbaux = new ArrayList<>();

    @Override
    public Integer call() {
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            List<String> notes = new ArrayList<>();
            // read only once the use case has granted the right: no file is opened for anyone else
            SceauJournal.Externes sceaux = () -> {
                List<SceauJournal.Externe> trouves = new ArrayList<>(besoins.sceauxDesProcesVerbaux().lire());
                if (sauvegarde != null) {
                    Sauvegarde.sceau(sauvegarde, CommandeSauvegarde.motDePasse(principale()))
                            .ifPresentOrElse(trouves::add,
                            () -> notes.add("La sauvegarde « " + sauvegarde.getFileName() + " » ne porte pas de sceau "
                                    + "du journal (faite avant les sceaux, ou sans compte) : elle n'a pas été comparée."));
                }
                for (Path pdf : procesVerbaux) {
                    SceauxHorsBase.duProcesVerbal(pdf).ifPresentOrElse(trouves::add,
                            () -> notes.add("Le fichier « " + pdf.getFileName() + " » ne porte pas de sceau du "
                                    + "journal (pas un procès-verbal signé depuis les sceaux) : il n'a pas été comparé."));
                }
                return trouves;
            };
            VerifierAudit.Resultat resultat = besoins.verifierAudit().verifier(sceaux);
            notes.forEach(sortie()::println);
            sortie().println(resultat.message());
            sortie().flush();
            return resultat.intact() ? 0 : LigneDeCommande.ECHEC;
        }
    }
}
