package fr.cellulepdp.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.situation.Assure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A letter that can be neither e-mailed nor posted is named before the documents are made, recorded « Adresse
 * manquante », and never marked posted; once the address is given, the next generation makes it postable.
 */
class CourriersSansAdresseTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    private StockageEnMemoire base;
    private Utilisateur acteur;
    private Seance seance;
    private Decision decision;
    private fr.cellulepdp.model.situation.Situation situation;
    private Assure a;
    private Assure sansAdresse;
    private GenererDocumentsSeance documents;

    /** The demo's last closed meeting, one of whose persons has neither a complete postal address nor an e-mail. */
    @BeforeEach
    void unePersonneSansAdresse() {
        base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        acteur = new Utilisateur(base.membres().findAll().stream()
                .filter(m -> m.role() == Role.COORDINATRICE).findFirst().orElseThrow().id(), "c",
                Role.COORDINATRICE);
        seance = base.seances().findAll().stream().filter(Seance::estCloturee)
                .max(Comparator.comparing(Seance::date)).orElseThrow();
        decision = base.decisions().findBySeance(seance.id()).stream()
                .filter(d -> d.issue().estUneDecision()).findFirst().orElseThrow();
        situation = base.situations().get(base.demandes().get(decision.demandeId()).situationId());
        a = base.assures().get(situation.assureId());
        sansAdresse = base.assures().save(new Assure(a.id(), a.version(), a.nir(), a.nom(), a.prenom(), a.dateNaissance(),
                a.sexe(), new Adresse("", "", "58000", "Nevers"), "", a.telephone(), a.statut(), a.employeur(),
                a.emploi()));
        documents = GenerateurFactice.documents(base, HORLOGE, new GenerateurFactice(), () -> acteur);
    }

    @Test
    void the_pack_names_the_letters_without_address_from_its_own_reading_before_any_document() {
        List<String> attendues = documents.sansAdresse(seance.id());
        List<String> dites = new ArrayList<>();
        AtomicInteger faits = new AtomicInteger();
        AtomicInteger faitsQuandDites = new AtomicInteger(-1);

        documents.generer(seance.id(), Optional.empty(), (n, total) -> faits.set(n), lettres -> {
            dites.addAll(lettres);
            faitsQuandDites.set(faits.get());
        });

        assertThat(dites).isNotEmpty().containsExactlyElementsOf(attendues);
        assertThat(faitsQuandDites).as("dit avant le premier document").hasValue(0);
    }

    @Test
    void a_letter_without_postal_address_nor_email_is_flagged_and_cannot_be_marked_posted() {
        assertThat(documents.sansAdresse(seance.id())).anySatisfy(ligne -> assertThat(ligne)
                .startsWith(situation.numeroDossier()).endsWith("la personne n'a ni adresse postale complète "
                        + "(rue, code postal, ville) ni courriel."));
        documents.generer(seance.id(), Optional.empty(), (faits, total) -> { });
        SuivreCourriers courriers = new SuivreCourriers(base, HORLOGE, () -> acteur);
        courriers.marquerPostes(seance.id());

        Notification lettre = base.notifications().findByDecision(decision.id()).stream()
                .filter(n -> n.destinataire() == Destinataire.ASSURE).findFirst().orElseThrow();
        assertThat(lettre.statut()).isEqualTo(StatutNotification.ADRESSE_MANQUANTE);
        assertThat(courriers.etatDecision(decision.id())).contains("adresse manquante");
        assertThat(courriers.entierementNotifiee(seance.id())).isFalse();

        base.assures().save(new Assure(a.id(), sansAdresse.version(), a.nir(), a.nom(), a.prenom(), a.dateNaissance(),
                a.sexe(), new Adresse("3 rue de l'Essai", "", "58000", "Nevers"), "", a.telephone(), a.statut(),
                a.employeur(), a.emploi()));
        assertThat(documents.sansAdresse(seance.id())).noneMatch(l -> l.startsWith(
                situation.numeroDossier() + " (" + base.demandes().get(decision.demandeId()).libelleMesure()
                        + ") : la personne"));
        documents.generer(seance.id(), Optional.empty(), (faits, total) -> { });
        assertThat(courriers.marquerPostes(seance.id())).isPositive();
        assertThat(base.notifications().get(lettre.id()).statut()).isEqualTo(StatutNotification.ENVOYEE);
    }
}
