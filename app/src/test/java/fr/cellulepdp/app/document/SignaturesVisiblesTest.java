package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.reports.signature.CertificatAutoSigne;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every PDF of the demo's meeting packs, as a recipient or an auditor reads it: the frames that say « Signé
 * électroniquement par » are exactly the signatures EU DSS finds in the file, with the names of their
 * certificates — in the letters of every outcome, the partners' versions, and the minutes before and after the
 * secretary countersigns.
 */
class SignaturesVisiblesTest {

    @TempDir
    Path dossier;

    private Services services;

    @BeforeEach
    void preparer() {
        Instant maintenant = Instant.parse("2026-11-23T10:00:00Z");
        services = DemoPreparee.ouvrir(maintenant, dossier, () -> maintenant);
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void every_frame_that_reads_signed_is_a_signature_dss_finds_under_the_same_name() throws Exception {
        var cellule = services.cellule().orElseThrow();
        CertificatSignature certificat = CertificatChoisi.lire(Path.of(cellule.certificatSignature()),
                CertificatDemo.MOT_DE_PASSE.toCharArray(), cellule, services.dossierDonnees());
        List<Seance> closes = services.stockage().seances().findAll().stream().filter(Seance::estCloturee)
                .sorted(java.util.Comparator.comparing(Seance::date).reversed()).toList();
        // the last meeting, and the fewest earlier ones that bring letters of every outcome
        Set<IssueDecision> issues = EnumSet.noneOf(IssueDecision.class);
        List<Seance> choisies = new ArrayList<>();
        for (Seance seance : closes) {
            Set<IssueDecision> ici = EnumSet.noneOf(IssueDecision.class);
            services.stockage().decisions().findBySeance(seance.id()).forEach(d -> ici.add(d.issue()));
            if (choisies.isEmpty() || !issues.containsAll(ici)) {
                choisies.add(seance);
                issues.addAll(ici);
            }
        }
        assertThat(issues).as("des courriers de chaque issue").containsAll(EnumSet.allOf(IssueDecision.class));

        List<String> verifies = new ArrayList<>();
        Set<String> issuesVerifiees = new java.util.HashSet<>();
        for (Seance seance : choisies) {
            for (DocumentProduit document : services.documents().genererDocuments().generer(seance.id(),
                    Optional.of(certificat), (faits, total) -> { })) {
                // the last meeting whole; of the earlier ones, a letter of each outcome not seen yet
                String issue = EnumSet.allOf(IssueDecision.class).stream().map(i -> slug(i.libelle()))
                        .filter(i -> document.nomFichier().endsWith("-" + i + ".pdf")).findFirst().orElse("");
                if (seance == choisies.get(0) || (!issue.isEmpty() && issuesVerifiees.add(issue))) {
                    issuesVerifiees.add(issue);
                    verifier(document.nomFichier(), document.contenu());
                    verifies.add(document.nomFichier());
                }
            }
        }
        assertThat(verifies).anyMatch(n -> n.contains("extrait-partenaires")).anyMatch(n -> n.contains("-copie-"));

        // the last meeting's minutes: the secretary's frame waits for him, then shows his own signature
        Seance derniere = closes.get(0);
        Path pv = DossierDocuments.dossier(services.dossierDocuments(), derniere.numero()).resolve("03-proces-verbal.pdf");
        Membre secretaire = services.stockage().membres().findAll().stream()
                .filter(m -> m.id().equals(derniere.secretaireId())).findFirst().orElseThrow();
        String avant = CadresVisibles.texte(Files.readAllBytes(pv));
        assertThat(avant).contains("À signer : Secrétaire de séance").doesNotContain("par\n" + secretaire.nomComplet());
        assertThat(verifier("03-proces-verbal.pdf avant contresignature", Files.readAllBytes(pv))).hasSize(1);

        Path p12 = dossier.resolve("secretaire.p12");
        Files.write(p12, CertificatAutoSigne.creer(secretaire.nomComplet(), "CPAM", "secret".toCharArray(),
                Instant.now()));
        services.connecter(new Utilisateur(secretaire.id(), "secretaire", secretaire.role()));
        services.documents().contresignature().signer(pv, Files.readAllBytes(p12), "secret".toCharArray());

        byte[] contresigne = Files.readAllBytes(pv);
        assertThat(verifier("03-proces-verbal.pdf contresigné", contresigne)).hasSize(2);
        assertThat(CadresVisibles.texte(contresigne)).doesNotContain("À signer")
                .contains("Secrétaire de séance — " + secretaire.fonction());
    }

    private static String slug(String libelle) {
        return fr.cellulepdp.model.commun.Textes.pourRecherche(libelle).replaceAll("[^a-z0-9]+", "-");
    }

    /** Frames reading « signé » = DSS's signatures, same names, each intact; @return the names */
    private List<String> verifier(String nom, byte[] pdf) throws Exception {
        List<ValidationDss.Signature> signatures = ValidationDss.signatures(pdf);
        List<String> affiches = CadresVisibles.signatairesAffiches(pdf);
        assertThat(signatures).as(nom).allMatch(ValidationDss.Signature::intacte);
        assertThat(affiches).as(nom + " : cadres « Signé électroniquement » et signatures trouvées par DSS")
                .containsExactlyInAnyOrderElementsOf(signatures.stream().map(ValidationDss.Signature::signataire)
                        .toList());
        return affiches;
    }
}
