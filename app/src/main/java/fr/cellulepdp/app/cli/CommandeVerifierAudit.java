package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.audit.VerifierAudit;
import picocli.CommandLine.Command;

/** {@code verify-audit}: checks the audit trail's hash chain; exit code 1 naming the first broken entry. */
@Command(name = "verify-audit", description = "Vérifie que le journal d'audit n'a pas été modifié (chaînage des "
        + "empreintes) et nomme la première entrée altérée.")
final class CommandeVerifierAudit extends SousCommande {

    @Override
    public Integer call() {
        try (Services services = principale().ouvrir()) {
            VerifierAudit.Resultat resultat = services.verifierAudit().verifier(services.utilisateur());
            sortie().println(resultat.message());
            sortie().flush();
            return resultat.intact() ? 0 : LigneDeCommande.ECHEC;
        }
    }
}
