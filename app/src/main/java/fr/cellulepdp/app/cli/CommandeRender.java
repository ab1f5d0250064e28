package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.Atelier;
import fr.cellulepdp.app.document.CertificatChoisi;
import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.seance.ResumeSeance;
import fr.cellulepdp.model.seance.Seance;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code render --seance NUMBER|last [--out DIR]}: the documents of a meeting, signed with the certificate chosen in
 * the settings (or {@code --certificat}); the password comes from CELLULE_PDP_MOT_DE_PASSE or is asked. They are kept
 * in the data folder's documents/, as from the window; {@code --out} writes an extra copy.
 */
@Command(name = "render", description = "Produit les documents d'une séance (ordres du jour, procès-verbaux, "
        + "courriers), signés, dans un dossier par séance.")
public final class CommandeRender extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(java.util.function.Supplier<fr.cellulepdp.model.document.GenererDocumentsSeance>
                                  genererDocuments,
                          fr.cellulepdp.model.seance.ListerSeances listerSeances,
                          java.util.function.Supplier<fr.cellulepdp.model.cellule.Cellule> celluleRenseignee,
                          java.nio.file.Path dossierDocuments, java.nio.file.Path dossierDonnees) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeRender(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Option(names = "--seance", required = true, paramLabel = "NUMÉRO|last",
            description = "Numéro de la séance, ou « last » pour la dernière séance clôturée (tant qu'aucune ne "
                    + "l'est, la dernière planifiée).")
    private String seance;

    @Option(names = "--out", paramLabel = "DOSSIER",
            description = "Dossier où copier en plus le dossier de la séance (l'original reste dans le dossier "
                    + "« documents » des données, que la sauvegarde, l'anonymisation et le droit d'accès voient).")
    private Path sortieDocuments;

    @Option(names = "--certificat", paramLabel = "FICHIER.p12",
            description = "Certificat de signature (par défaut : celui choisi dans les paramètres).")
    private Path certificat;

    @Option(names = "--sans-signature", description = "Ne pas signer les documents.")
    private boolean sansSignature;

    @Override
    public Integer call() {
        // the workshop's threads get ready for the documents while this one opens the database
        try (Atelier atelier = Atelier.ouvrirEtPreparer(!sansSignature);
             Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            Seance choisie = "last".equalsIgnoreCase(seance) ? derniere(besoins)
                    : besoins.genererDocuments().get().trouver(numero());
            Optional<CertificatSignature> signature = sansSignature ? Optional.empty() : certificat(besoins);
            List<DocumentProduit> documents = besoins.genererDocuments().get().sur(atelier)
                    .generer(choisie.id(), signature, (faits, total) -> { },
                            sansAdresse -> {
                                if (!sansAdresse.isEmpty()) {
                                    // said before the work: these letters are made but recorded « Adresse
                                    // manquante », never posted
                                    sortie().println(sansAdresse.size() + " courrier(s) sans adresse, ni envoyés "
                                            + "ni postables :");
                                    sansAdresse.forEach(ligne -> sortie().println("  " + ligne));
                                }
                            });
            // the use case wrote them, checked, into the data folder's documents/ before recording the letters
            Path dossier = DossierDocuments.dossier(besoins.dossierDocuments(), choisie.numero());
            long signes = documents.stream().filter(DocumentProduit::signe).count();
            sortie().println(documents.size() + " documents de la séance n° " + choisie.numero() + " dans "
                    + dossier.toAbsolutePath() + (signes == 0 ? ", non signés." : ", dont " + signes + " signés."));
            if (sortieDocuments != null) {
                Path copie = DossierDocuments.ecrire(sortieDocuments, choisie.numero(), documents);
                sortie().println("Copie dans " + copie.toAbsolutePath() + ".");
            }
            if (!choisie.estCloturee()) {
                sortie().println("La séance n'est pas clôturée : seuls les ordres du jour sont produits.");
            }
            sortie().flush();
            return 0;
        }
    }

    /**
     * The meeting "last" means: the last closed one; before any is closed (a new cell), the last one planned, whose
     * agenda is all there is to produce.
     */
    private static Seance derniere(Besoins besoins) {
        try {
            return besoins.genererDocuments().get().trouver(null);
        } catch (SaisieInvalideException aucuneCloturee) {
            return besoins.listerSeances().lister().stream()
                    .max(Comparator.comparing(ResumeSeance::date).thenComparing(ResumeSeance::numero))
                    .map(r -> besoins.genererDocuments().get().trouver(r.numero()))
                    .orElseThrow(() -> aucuneCloturee);
        }
    }

    private Integer numero() {
        try {
            return Integer.valueOf(seance.strip());
        } catch (NumberFormatException e) {
            throw new SaisieInvalideException("--seance", "« " + seance + " » n'est ni un numéro de séance ni "
                    + "« last ».");
        }
    }

    private Optional<CertificatSignature> certificat(Besoins besoins) {
        Cellule cellule = besoins.celluleRenseignee().get();
        Path fichier = certificat != null ? certificat
                : cellule.certificatSignature().isEmpty() ? null : Path.of(cellule.certificatSignature());
        if (fichier == null) {
            throw new SaisieInvalideException("certificat", "aucun certificat de signature n'est choisi : "
                    + "indiquez --certificat FICHIER.p12, ou --sans-signature.");
        }
        return Optional.of(CertificatChoisi.lire(fichier, MotDePasse.lire(principale()), cellule,
                besoins.dossierDonnees()));
    }
}
