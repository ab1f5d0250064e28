package fr.cellulepdp.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.FicheCellule;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.demo.DonneesDemo;
import fr.cellulepdp.model.demo.JeuDemo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings a decision letter needs by law, each missing one named with where it is set. */
class MentionsLegalesTest {

    private final JeuDemo jeu = DonneesDemo.generer(LocalDate.of(2026, 11, 23));

    @Test
    void the_demo_cell_has_every_mention() {
        assertThat(MentionsLegales.manquantes(jeu.cellule(), jeu.organisations(), true)).isEmpty();
    }

    @Test
    void each_missing_setting_is_named_and_the_appeal_body_only_for_a_letter_that_refuses() {
        Cellule c = jeu.cellule();
        Cellule incomplete = c.avecIdentite(new FicheCellule(c.nom(), "", c.adresse(), c.telephone(), c.email(),
                c.villeSignature(), "", "", "", ""));
        List<Organisation> sansAdresseDeRecours = jeu.organisations().stream()
                .filter(o -> o.type() != TypeOrganisation.PROTECTION_DONNEES)
                .map(o -> o.type() != TypeOrganisation.RECOURS ? o : new Organisation(o.id(), o.version(), o.type(),
                        o.nom(), Adresse.VIDE, o.email(), o.telephone(), true)).toList();

        assertThat(MentionsLegales.manquantes(incomplete, sansAdresseDeRecours, true)).containsExactly(
                "la caisse responsable du traitement (Paramètres › Cellule)",
                "le nom et la fonction du signataire (Paramètres › Cellule)",
                "la délégation sous laquelle le signataire signe (Paramètres › Cellule)",
                "le délégué à la protection des données (Annuaire, type « Délégué à la protection des données »)",
                "la voie de recours avec son adresse postale (Annuaire, type « Voie de recours (commission de "
                        + "recours amiable…) »)");
        assertThat(MentionsLegales.manquantes(c, sansAdresseDeRecours, false)).as("aucun refus")
                .containsExactly("le délégué à la protection des données (Annuaire, type « Délégué à la protection "
                        + "des données »)");
    }

    @Test
    void an_adjournment_needs_the_appeal_body_only_when_the_cell_has_decided_its_adjournments_give_the_route() {
        List<Organisation> sansRecours = jeu.organisations().stream()
                .filter(o -> o.type() != TypeOrganisation.RECOURS).toList();
        Cellule avecRecours = jeu.cellule().avecRecoursSurAjournement(true);

        assertThat(MentionsLegales.manquantes(jeu.cellule(), sansRecours, false, false, false))
                .as("réglage par défaut : l'ajournement ne donne pas de voie de recours").isEmpty();
        assertThat(MentionsLegales.manquantes(avecRecours, jeu.organisations(), false, false, true)).isEmpty();
        assertThat(MentionsLegales.manquantes(avecRecours, sansRecours, false, false, true)).containsExactly(
                "la voie de recours avec son adresse postale (Annuaire, type « Voie de recours (commission de "
                        + "recours amiable…) »), que vos courriers d’ajournement donnent (Paramètres › Courriers, « Les "
                        + "courriers d’ajournement donnent la voie de recours »)");
    }

    @Test
    void a_refusal_on_medical_grounds_needs_the_commission_medicale_de_recours_amiable_with_its_address() {
        List<Organisation> sansRecoursMedical = jeu.organisations().stream()
                .filter(o -> o.type() != TypeOrganisation.RECOURS_MEDICAL).toList();

        assertThat(MentionsLegales.manquantes(jeu.cellule(), jeu.organisations(), true, true)).isEmpty();
        assertThat(MentionsLegales.manquantes(jeu.cellule(), sansRecoursMedical, true, true)).containsExactly(
                "la voie de recours pour motif médical avec son adresse postale (Annuaire, type « Recours médical "
                        + "(commission médicale de recours amiable) »)");
        assertThat(MentionsLegales.manquantes(jeu.cellule(), sansRecoursMedical, true, false))
                .as("refus pour un motif administratif").isEmpty();
    }
}
