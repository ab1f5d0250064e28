package fr.cellulepdp.persistence.audit;

import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.persistence.compte.HachageArgon2;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.compte.SeConnecter;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.model.document.GenerateurDocuments;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.document.SignatureDocuments;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.persistence.jooq.Tables;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The signed minutes seal the audit trail's head: on a database with no key ring (a PostgreSQL server, an H2 file in
 * clear) entries deleted after the minutes were signed are still named, from the seal recorded beside them. Runs on
 * both engines.
 */
class SceauProcesVerbalTest extends SurBaseTemporaire {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));
    private static final char[] MOT_DE_PASSE = "Cellule-PDP-2026!".toCharArray();
    private static final EmplacementSignature CADRE = new EmplacementSignature(0, 50, 50, 200, 60, "Coordinatrice");

    /** What the archive received, by file name. */
    private final Map<String, byte[]> archive = new ConcurrentHashMap<>();
    /** The seal each signature was asked to carry. */
    private final List<String> sceauxSignes = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void entries_deleted_after_the_minutes_were_signed_are_named_from_their_seal() {
        new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(SeanceDeDemo.REFERENCE);
        Utilisateur coordinatrice = seConnecter();
        fr.cellulepdp.model.audit.Audit audit = new fr.cellulepdp.model.audit.Audit(base, HORLOGE);
        for (int i = 1; i <= 10; i++) {
            audit.noter(coordinatrice, "MODIFICATION", "Situation", java.util.UUID.randomUUID(), "champs : statut");
        }
        Seance seance = base.seances().findAll().stream().filter(Seance::estCloturee)
                .max(Comparator.comparing(Seance::date)).orElseThrow();
        long avant = base.journalAudit().dernier().orElseThrow().sequence();

        documents(coordinatrice).generer(seance.id(), Optional.of(new CertificatSignature(new byte[0],
                "secret".toCharArray(), "Hélène Martinel", "Coordinatrice")), (faits, total) -> { });

        String ligne = new String(archive.get(GenererDocumentsSeance.SCEAU_PROCES_VERBAL), StandardCharsets.UTF_8)
                .strip();
        SceauJournal.Sceau sceau = SceauJournal.Sceau.depuisTexte(ligne).orElseThrow();
        assertThat(sceau.sequence()).isEqualTo(avant);
        assertThat(sceau.acteur()).isEqualTo("helene.martinel");
        // the very seal the signed PDF carries
        assertThat(sceauxSignes).containsExactly(ligne);
        SceauJournal.Externes sceaux = () -> List.of(new SceauJournal.Externe("le procès-verbal signé de la séance "
                + "n° " + seance.numero(), sceau));
        assertThat(new VerifierAudit(base, () -> coordinatrice).verifier(sceaux).intact()).isTrue();

        // someone with the database's credentials deletes the last entries, including some the minutes sealed
        long garde = avant - 4;
        base.contexte().dsl().deleteFrom(Tables.EVENEMENT_AUDIT).where(Tables.EVENEMENT_AUDIT.NUMERO_SEQUENCE
                .gt(garde)).execute();

        assertThat(new VerifierAudit(base, () -> coordinatrice).verifier().intact())
                .as("without the minutes' seal nothing tells").isTrue();
        VerifierAudit.Resultat resultat = new VerifierAudit(base, () -> coordinatrice).verifier(sceaux);
        assertThat(resultat.premiereRompue()).isEqualTo(garde + 1);
        assertThat(resultat.message()).isEqualTo("Journal d'audit altéré à l'entrée n° " + (garde + 1) + " : les "
                + "entrées n° " + (garde + 1) + " à " + avant + " ont été supprimées (le procès-verbal signé de la "
                + "séance n° " + seance.numero() + " en comptait " + avant + ").");
    }

    @Test
    void a_seal_no_account_signed_is_refused() {
        new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(SeanceDeDemo.REFERENCE);
        Utilisateur coordinatrice = seConnecter();
        var dernier = base.journalAudit().dernier().orElseThrow();
        // a seal made up to cover a trail shortened and rebuilt: signed by no registered key
        SceauJournal.Sceau forge = new SceauJournal.Sceau(dernier.sequence(), dernier.hash(), "helene.martinel",
                fr.cellulepdp.model.audit.Ed25519.signer(fr.cellulepdp.model.audit.Ed25519.nouvellePaire().getPrivate(),
                        SceauJournal.Sceau.contenu(dernier.sequence(), dernier.hash())));
        VerifierAudit.Resultat resultat = new VerifierAudit(base, () -> coordinatrice).verifier(
                () -> List.of(new SceauJournal.Externe("le procès-verbal signé de la séance n° 25", forge)));
        assertThat(resultat.intact()).isFalse();
        assertThat(resultat.raison()).startsWith("le sceau du journal trouvé dans le procès-verbal signé de la séance "
                + "n° 25 n'est pas signé par un compte connu");
    }

    private Utilisateur seConnecter() {
        var membre = base.membres().findAll().stream().filter(m -> m.role() == Role.COORDINATRICE).findFirst()
                .orElseThrow();
        HachageArgon2 hachage = new HachageArgon2();
        new GererComptes(base, hachage, HORLOGE, new SessionDeTest(null)).creerPremier("helene.martinel", membre.id(), MOT_DE_PASSE,
                MOT_DE_PASSE);
        return new SeConnecter(base, hachage, HORLOGE).connecter("helene.martinel", MOT_DE_PASSE);
    }

    private GenererDocumentsSeance documents(Utilisateur coordinatrice) {
        return new GenererDocumentsSeance(base, new MiseEnPage(), new Signature(), HORLOGE, chemin -> Optional.empty(),
                (numero, produits) -> produits.forEach(d -> archive.put(d.nomFichier(), d.contenu())),
                () -> coordinatrice);
    }

    /** Layout without PDFs (the reports module is not a dependency here): the minutes have a signature frame. */
    private static final class MiseEnPage implements GenerateurDocuments {

        @Override
        public DocumentPdf ordreDuJour(ContenuSeance contenu, boolean pseudonymise) {
            return new DocumentPdf(new byte[] {1}, List.of());
        }

        @Override
        public DocumentPdf procesVerbal(ContenuSeance contenu, boolean pseudonymise) {
            return new DocumentPdf(new byte[] {2}, pseudonymise ? List.of() : List.of(CADRE));
        }

        @Override
        public DocumentPdf notification(ContenuSeance contenu, DossierSeance.Point point, Decision decision,
                                        Destinataire destinataire, Optional<String> codeCourriel) {
            return new DocumentPdf(new byte[] {3}, List.of());
        }
    }

    /** The PAdES signature is the reports module's (tested there); here, what the minutes were asked to carry. */
    private final class Signature implements SignatureDocuments {

        @Override
        public byte[] signer(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat) {
            return pdf;
        }

        @Override
        public byte[] signerAvecSceau(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat,
                                      String sceauJournal) {
            sceauxSignes.add(sceauJournal);
            return pdf;
        }

        @Override
        public byte[] chiffrerEtSigner(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat,
                                       String motDePasse) {
            return pdf;
        }

        @Override
        public List<EmplacementSignature> emplacementsLibres(byte[] pdf) {
            return List.of();
        }
    }
}
