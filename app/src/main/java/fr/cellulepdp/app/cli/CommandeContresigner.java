package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.Contresignature;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.reports.signature.SignaturePades;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code --user LOGIN contresigner FICHIER.pdf --certificat FICHIER.p12}: the next signature of a document (the
 * secretary's on the minutes), by the member logged in, in the frame that names them, with a certificate issued to
 * them.
 */
@Command(name = "contresigner", description = "Ajoute la signature suivante d'un document déjà produit (le "
        + "secrétaire de séance après la présidente, sur le procès-verbal).")
final class CommandeContresigner extends SousCommande {

    @Parameters(paramLabel = "FICHIER.pdf", description = "Le document à signer, modifié sur place.")
    private Path document;

    @Option(names = "--certificat", required = true, paramLabel = "FICHIER.p12",
            description = "Le certificat du signataire.")
    private Path certificat;

    @Option(names = "--nom", description = "Nom du signataire : celui du compte connecté (--user), facultatif.")
    private String nom;

    @Option(names = "--fonction", defaultValue = "Secrétaire de séance", description = "Fonction du signataire "
            + "(par défaut : ${DEFAULT-VALUE}).")
    private String fonction;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(certificat)) {
            throw new SaisieInvalideException("--certificat", "le fichier « " + certificat
                    + " » n'existe pas.");
        }
        String connu;
        try (Services services = principale().ouvrir()) {
            Utilisateur acteur = services.utilisateur();
            Droits.interne(acteur, "signature");
            connu = services.gererMembres().lister().stream().filter(m -> m.id().equals(acteur.membreId()))
                    .map(Membre::nomComplet).findFirst().orElseThrow(() -> new SaisieInvalideException("--user",
                            "le compte « " + acteur.identifiant() + " » n'est rattaché à aucun membre de la "
                            + "cellule : il ne peut pas signer."));
        }
        if (nom != null && !nom.strip().equalsIgnoreCase(connu)) {
            throw new SaisieInvalideException("--nom", "le signataire est le membre connecté (" + connu + ").");
        }
        CertificatSignature signataire = new CertificatSignature(Files.readAllBytes(certificat),
                MotDePasse.lire(), connu, fonction);
        EmplacementSignature cadre = new Contresignature(new SignaturePades()).signer(document, signataire);
        sortie().println("Document signé dans le cadre prévu pour " + cadre.signataire() + " : " + document);
        sortie().flush();
        return 0;
    }
}
