package fr.cellulepdp.app.demande;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The request form's view model without a window, on the demo cell: the measure rules said as typed per measure, a
 * refused save that keeps every field, and « Enregistrer » offered by role and by the request's state.
 */
class ModeleDemandeTest extends SurDemoSansFenetre {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);

    private static Utilisateur en(Role role) {
        Membre membre = services.stockage().membres().findAll().stream().filter(m -> m.role() == role).findFirst()
                .orElseThrow();
        return new Utilisateur(membre.id(), "membre", role);
    }

    private static ModeleDemande modele(Role role, UUID situationId, Demande existante) {
        Utilisateur utilisateur = en(role);
        return new ModeleDemande(services.situations().gererDemandes(), services.miseEnPlace().gererAnnuaire(),
                () -> utilisateur, AUJOURDHUI,
                ExecuteurTaches.synchrone(), situationId, existante);
    }

    /** An open file of an employee: the doctors' and the employer's agreements are asked of his measures. */
    private static Situation salarieSuivi() {
        return services.stockage().situations().findAll().stream().filter(Situation::estOuverte)
                .filter(s -> services.stockage().assures().get(s.assureId()).statut() == StatutAssure.SALARIE)
                .findFirst().orElseThrow();
    }

    @Test
    void the_rules_are_said_as_typed_for_each_measure_and_go_as_the_agreements_are_ticked() {
        ModeleDemande modele = modele(Role.REFERENT_SOCIAL, salarieSuivi().id(), null);
        modele.charger();
        assertThat(modele.reglesProperty().get()).contains("choisissez la mesure demandée");

        modele.mesure.set(TypeMesure.ESSAI_ENCADRE);
        modele.duree.set("16");
        assertThat(modele.reglesProperty().get()).startsWith("À savoir avant de décider")
                .contains("essai encadré : 16 jours ouvrables demandés, 14 au plus")
                .contains("accord du médecin du travail manquant")
                .doesNotContain("accord de l’employeur manquant");

        modele.mesure.set(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE);
        modele.duree.set("");
        assertThat(modele.reglesProperty().get()).contains("accord de l’employeur manquant")
                .contains("accord du médecin traitant manquant");
        modele.accord(AccordMedical.EMPLOYEUR).set(true);
        assertThat(modele.reglesProperty().get()).doesNotContain("accord de l’employeur manquant")
                .contains("accord du médecin traitant manquant");
        for (AccordMedical accord : AccordMedical.values()) {
            modele.accord(accord).set(true);
        }
        assertThat(modele.reglesProperty().get()).doesNotContain("manquant");

        modele.mesure.set(TypeMesure.BILAN_COMPETENCES);
        modele.duree.set("24");
        assertThat(modele.reglesProperty().get()).isEqualTo("✓ Conforme aux règles du catalogue des mesures.");
        modele.siretAccueil.set("123");
        assertThat(modele.reglesProperty().get()).contains("SIRET : le SIRET doit compter 14 chiffres");
        modele.siretAccueil.set("");
        modele.duree.set("vingt");
        assertThat(modele.reglesProperty().get()).contains("« vingt » n'est pas un nombre entier");
    }

    @Test
    void a_refused_save_keeps_every_field_and_a_good_one_is_saved_with_the_prescriber_of_the_directory() {
        Situation cloturee = services.stockage().situations().findAll().stream().filter(s -> !s.estOuverte())
                .findFirst().orElseThrow();
        long avant = services.stockage().demandes().count();
        ModeleDemande modele = modele(Role.REFERENT_SOCIAL, cloturee.id(), null);
        modele.charger();
        assertThat(modele.prescripteurs()).isNotEmpty().containsExactlyElementsOf(services.miseEnPlace().gererAnnuaire()
                .actives(ModeleDemande.PRESCRIPTEURS).stream().map(Organisation::nom).distinct().toList());
        modele.mesure.set(TypeMesure.FORMATION);
        modele.debut.set(LocalDate.of(2027, 1, 4));
        modele.fin.set(LocalDate.of(2027, 2, 26));
        modele.duree.set("30");
        modele.cout.set("1 850,00");
        modele.accueil.set("Atelier fictif");
        modele.tuteur.set("M. Tuteur");
        modele.prescripteur.set(modele.prescripteurs().get(0));
        modele.financement.set("Agefiph");
        modele.avis.set("Projet cohérent.");
        modele.accord(AccordMedical.MEDECIN_TRAITANT).set(true);
        List<Demande> enregistrees = new ArrayList<>();

        modele.enregistrer(enregistrees::add);

        assertThat(enregistrees).isEmpty();
        assertThat(services.stockage().demandes().count()).isEqualTo(avant);
        assertThat(modele.message()).startsWith("Enregistrement refusé").contains("est clôturé");
        assertThat(modele.enErreurProperty().get()).isTrue();
        assertThat(List.of(modele.mesure.get(), modele.debut.get(), modele.fin.get(), modele.duree.get(),
                modele.cout.get(), modele.accueil.get(), modele.tuteur.get(), modele.prescripteur.get(),
                modele.financement.get(), modele.avis.get(), modele.accord(AccordMedical.MEDECIN_TRAITANT).get()))
                .containsExactly(TypeMesure.FORMATION, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 26), "30",
                        "1 850,00", "Atelier fictif", "M. Tuteur", modele.prescripteurs().get(0), "Agefiph",
                        "Projet cohérent.", true);
        assertThat(modele.enregistrableProperty().get()).as("she may try again").isTrue();

        modele.cout.set("mille");
        modele.enregistrer(enregistrees::add);
        assertThat(modele.message()).contains("« mille » n'est pas un montant");
        assertThat(modele.problemeProperty("coût").get()).contains("n'est pas un montant");
        assertThat(modele.duree.get()).isEqualTo("30");

        ModeleDemande ouverte = modele(Role.REFERENT_SOCIAL, salarieSuivi().id(), null);
        ouverte.charger();
        ouverte.mesure.set(TypeMesure.BILAN_COMPETENCES);
        ouverte.duree.set("24");
        ouverte.prescripteur.set(ouverte.prescripteurs().get(0));
        ouverte.enregistrer(enregistrees::add);
        assertThat(enregistrees).singleElement().satisfies(d -> {
            assertThat(d.prescripteur()).isEqualTo(ouverte.prescripteurs().get(0));
            assertThat(d.duree()).isEqualTo(24);
        });
        assertThat(services.stockage().demandes().count()).isEqualTo(avant + 1);
    }

    @Test
    void saving_is_offered_to_who_writes_files_and_only_on_a_request_not_decided_yet() {
        UUID situation = salarieSuivi().id();
        for (Role role : List.of(Role.COORDINATRICE, Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL)) {
            ModeleDemande modele = modele(role, situation, null);
            assertThat(modele.ecrit()).as(role.libelle()).isTrue();
            assertThat(modele.enregistrableProperty().get()).as(role.libelle()).isTrue();
        }
        long avant = services.stockage().demandes().count();
        for (Role role : List.of(Role.REFERENT_ADMINISTRATIF, Role.PARTENAIRE)) {
            ModeleDemande modele = modele(role, situation, null);
            assertThat(modele.ecrit()).as(role.libelle()).isFalse();
            assertThat(modele.enregistrableProperty().get()).as(role.libelle()).isFalse();
            modele.mesure.set(TypeMesure.BILAN_COMPETENCES);
            modele.enregistrer(d -> { });
        }
        assertThat(services.stockage().demandes().count()).isEqualTo(avant);

        Demande decidee = services.stockage().demandes().findByStatut(StatutDemande.DECIDEE).get(0);
        ModeleDemande lue = modele(Role.COORDINATRICE, decidee.situationId(), decidee);
        assertThat(lue.mesure.get()).isEqualTo(decidee.mesure());
        assertThat(lue.ecrit()).isTrue();
        assertThat(lue.enregistrableProperty().get()).as("a decided request is not changed").isFalse();
    }
}
