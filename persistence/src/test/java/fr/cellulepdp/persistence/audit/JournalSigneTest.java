package fr.cellulepdp.persistence.audit;

import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.compte.HachageArgon2;
import fr.cellulepdp.persistence.base.TrousseauCles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.AccesChiffre;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.compte.ClesDeSignature;
import fr.cellulepdp.model.compte.DerivationMotDePasse;
import fr.cellulepdp.model.compte.SeConnecter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail as an attacker who holds the database key (any internal account's password) would rewrite it: with
 * the hash chain recomputed after each change, the authors' signatures and the seal in the key ring still name the
 * first forged, removed or reordered entry.
 */
@Tag("h2")
class JournalSigneTest {

    private static final String COORDINATRICE = "helene.martinel";
    private static final String REFERENT = "paul.referent";
    private static final char[] MDP_COORDINATRICE = "Cellule-PDP-2026!".toCharArray();
    private static final char[] MDP_REFERENT = "Referent-PDP-2026!".toCharArray();
    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));
    private static final HachageArgon2 HACHAGE = new HachageArgon2();

    /** The trail written once for the class (each login costs an Argon2 derivation), copied for each test. */
    @TempDir
    static Path modele;

    @TempDir
    Path dossier;

    private AccesBase acces() {
        return AccesBase.fichier(dossier.resolve("cellule"));
    }

    /** The database key, as the référent's password unwraps it. */
    private static byte[] cleBase;

    @BeforeAll
    static void ecrireLeModele() {
        ecrire(AccesBase.fichier(modele.resolve("cellule")));
        cleBase = TrousseauCles.de(modele.resolve("cellule")).deverrouiller(REFERENT, MDP_REFERENT, HORLOGE.maintenant());
    }

    @BeforeEach
    void copier() throws java.io.IOException {
        try (var fichiers = java.nio.file.Files.list(modele)) {
            for (Path f : fichiers.toList()) {
                java.nio.file.Files.copy(f, dossier.resolve(f.getFileName()));
            }
        }
    }

    /** Two accounts, each logged in and writing: 20 entries of the usual kind after the accounts' own. */
    private static void ecrire(AccesBase acces) {
        try (BaseDeDonnees base = acces.ouvrir()) {
            GererComptes comptes = new GererComptes(base, HACHAGE, HORLOGE, new SessionDeTest(null));
            comptes.creerPremier(COORDINATRICE, null, MDP_COORDINATRICE, MDP_COORDINATRICE);
        }
        try (BaseDeDonnees base = acces.ouvrir(COORDINATRICE, MDP_COORDINATRICE, HORLOGE.maintenant())) {
            Utilisateur coordinatrice = new SeConnecter(base, HACHAGE, HORLOGE).connecter(COORDINATRICE, MDP_COORDINATRICE);
            new GererComptes(base, HACHAGE, HORLOGE, () -> coordinatrice).creer(REFERENT, null, Role.REFERENT_SOCIAL,
                    MDP_REFERENT, MDP_REFERENT);
            Utilisateur referent = new SeConnecter(base, HACHAGE, HORLOGE).connecter(REFERENT, MDP_REFERENT);
            Audit audit = new Audit(base, HORLOGE);
            for (int i = 1; i <= 10; i++) {
                audit.noter(coordinatrice, "MODIFICATION", "Situation", UUID.randomUUID(), "champs : statut (" + i + ")");
                audit.noter(referent, "MODIFICATION", "Situation", UUID.randomUUID(), "champs : issue (" + i + ")");
            }
        }
    }

    @Test
    void an_untouched_trail_is_intact_and_its_entries_are_signed() {
        VerifierAudit.Resultat resultat = verifier();
        assertThat(resultat.intact()).as(resultat.message()).isTrue();
        int entrees = resultat.entrees();
        assertThat(resultat.signees()).isEqualTo(entrees);
        assertThat(resultat.message()).isEqualTo("Journal d'audit intact : " + entrees + " entrées vérifiées, dont "
                + entrees + " signées par leur auteur.");
    }

    @Test
    void an_entry_edited_with_the_whole_chain_recomputed_is_named() {
        long cible = derniere() - 5;
        falsifier(entrees -> entrees.set((int) cible - 1, avecDetails(entrees.get((int) cible - 1), "champs : rien")));
        VerifierAudit.Resultat resultat = verifier();
        assertThat(resultat.premiereRompue()).isEqualTo(cible);
        assertThat(resultat.raison()).contains("ne porte pas la signature de son auteur");
    }

    @Test
    void two_entries_swapped_with_the_chain_recomputed_are_named() {
        long cible = derniere() - 8;
        falsifier(entrees -> java.util.Collections.swap(entrees, (int) cible - 1, (int) cible));
        assertThat(verifier().premiereRompue()).isEqualTo(cible);
    }

    @Test
    void the_last_ten_entries_deleted_are_named_by_the_seal() {
        long total = derniere();
        falsifier(entrees -> entrees.subList(entrees.size() - 10, entrees.size()).clear());
        VerifierAudit.Resultat resultat = verifier();
        assertThat(resultat.premiereRompue()).isEqualTo(total - 9);
        assertThat(resultat.raison()).startsWith("les entrées n° " + (total - 9) + " à " + total + " ont été supprimées");
    }

    @Test
    void an_unsigned_entry_added_in_an_account_s_name_is_named() {
        long total = derniere();
        falsifier(entrees -> entrees.add(new EvenementAudit(0, Instant.parse("2026-11-23T10:00:00Z"), COORDINATRICE,
                "SUPPRESSION", "Situation", UUID.randomUUID(), "", "", "")));
        VerifierAudit.Resultat resultat = verifier();
        assertThat(resultat.premiereRompue()).isEqualTo(total + 1);
        assertThat(resultat.raison()).contains("n'est pas signée");
    }

    @Test
    void an_entry_signed_with_a_key_swapped_in_the_database_is_refused_and_the_account_no_longer_logs_in() {
        // the attacker, the référent, makes himself a new key under his own password and puts it in the coordinatrice's place
        try (BaseDeDonnees base = sansSession()) {
            var paire = fr.cellulepdp.model.audit.Ed25519.nouvellePaire();
            base.clesSignature().save(new fr.cellulepdp.model.audit.CleSignature(COORDINATRICE,
                    fr.cellulepdp.model.audit.Ed25519.publique(paire), fr.cellulepdp.model.audit.Ed25519.envelopper(
                    paire.getPrivate(), COORDINATRICE, sel -> HACHAGE.deriverCle(MDP_REFERENT, sel)), "", ""));
        }
        try (BaseDeDonnees base = ouvrir(COORDINATRICE, MDP_COORDINATRICE)) {
            assertThatThrownBy(() -> new SeConnecter(base, HACHAGE, HORLOGE).connecter(COORDINATRICE, MDP_COORDINATRICE))
                    .hasMessageContaining("modifié hors de l'application");
        }
    }

    @Test
    void a_role_edited_in_the_database_is_refused_at_login_saying_why() {
        try (BaseDeDonnees base = sansSession()) {
            base.contexte().dsl().update(fr.cellulepdp.persistence.jooq.Tables.COMPTE)
                    .set(fr.cellulepdp.persistence.jooq.Tables.COMPTE.ROLE, Role.COORDINATRICE.name())
                    .where(fr.cellulepdp.persistence.jooq.Tables.COMPTE.IDENTIFIANT.eq(REFERENT)).execute();
        }
        try (BaseDeDonnees base = ouvrir(REFERENT, MDP_REFERENT)) {
            assertThatThrownBy(() -> new SeConnecter(base, HACHAGE, HORLOGE).connecter(REFERENT, MDP_REFERENT))
                    .hasMessage("le rôle de ce compte a été modifié hors de l'application (rôle attesté : "
                            + Role.REFERENT_SOCIAL.libelle() + ", rôle trouvé : " + Role.COORDINATRICE.libelle()
                            + "). La coordinatrice doit le corriger dans Paramètres › Membres.");
        }
    }

    @Test
    void an_account_inserted_in_the_database_is_refused_at_login() {
        char[] motDePasse = "Intrus-PDP-2026!".toCharArray();
        try (BaseDeDonnees base = sansSession()) {
            base.comptes().save(new fr.cellulepdp.model.compte.Compte(UUID.randomUUID(), 0, "intrus", null,
                    Role.COORDINATRICE, HACHAGE.hacher(motDePasse), true, 0, null));
            assertThatThrownBy(() -> new SeConnecter(base, HACHAGE, HORLOGE).connecter("intrus", motDePasse))
                    .hasMessageContaining("n'est attesté par aucune coordinatrice");
        }
    }

    @Test
    void a_key_wrapped_for_one_account_opens_with_neither_another_password_nor_another_login() {
        try (BaseDeDonnees base = sansSession()) {
            var cle = base.clesSignature().find(REFERENT).orElseThrow();
            var ailleurs = new fr.cellulepdp.model.audit.CleSignature(COORDINATRICE, cle.clePublique(),
                    cle.clePriveeChiffree(), cle.clePubliqueEchange(), cle.clePriveeEchangeChiffree());
            assertThat(ClesDeSignature.signature(cle, DerivationMotDePasse.pour(HACHAGE, MDP_REFERENT))).isPresent();
            assertThat(ClesDeSignature.signature(cle, DerivationMotDePasse.pour(HACHAGE, MDP_COORDINATRICE))).isEmpty();
            assertThat(ClesDeSignature.signature(ailleurs, DerivationMotDePasse.pour(HACHAGE, MDP_REFERENT))).isEmpty();
        }
    }

    private VerifierAudit.Resultat verifier() {
        try (BaseDeDonnees base = ouvrir(COORDINATRICE, MDP_COORDINATRICE)) {
            return new VerifierAudit(base, () -> new Utilisateur(null, COORDINATRICE, Role.COORDINATRICE)).verifier();
        }
    }

    private long derniere() {
        try (BaseDeDonnees base = sansSession()) {
            return base.journalAudit().dernier().orElseThrow().sequence();
        }
    }

    private BaseDeDonnees ouvrir(String login, char[] motDePasse) {
        return acces().ouvrir(login, motDePasse, HORLOGE.maintenant());
    }

    /**
     * The file opened as the référent could open it (with his password, the database key), but with no session, so
     * closing seals nothing: the key ring keeps the seal of the last real session.
     */
    private BaseDeDonnees sansSession() {
        return BaseDeDonnees.ouvrirChiffree(dossier.resolve("cellule"), cleBase, AccesChiffre.AUCUN, SceauJournal.AUCUN);
    }

    /** Rewrites the whole trail after {@code modification}: renumbered, every hash recomputed, signatures kept. */
    private void falsifier(Consumer<List<EvenementAudit>> modification) {
        try (BaseDeDonnees base = sansSession()) {
            List<EvenementAudit> entrees = new java.util.ArrayList<>(base.journalAudit().findAll());
            modification.accept(entrees);
            base.contexte().dsl().deleteFrom(fr.cellulepdp.persistence.jooq.Tables.EVENEMENT_AUDIT).execute();
            String precedent = Audit.ORIGINE;
            long sequence = 1;
            for (EvenementAudit e : entrees) {
                EvenementAudit renumerote = new EvenementAudit(sequence++, e.horodatage(), e.acteur(), e.action(),
                        e.typeObjet(), e.objetId(), e.details(), precedent, "", e.signature());
                EvenementAudit rechainee = renumerote.avecHash(renumerote.hashCalcule());
                base.journalAudit().append(rechainee);
                precedent = rechainee.hash();
            }
        }
    }

    private static EvenementAudit avecDetails(EvenementAudit e, String details) {
        return new EvenementAudit(e.sequence(), e.horodatage(), e.acteur(), e.action(), e.typeObjet(), e.objetId(),
                details, e.hashPrecedent(), e.hash(), e.signature());
    }
}
