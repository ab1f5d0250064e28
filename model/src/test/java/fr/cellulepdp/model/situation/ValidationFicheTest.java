package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.commun.Probleme;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationFicheTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);

    static FicheSituation fiche(String nir, LocalDate naissance, String siret, LocalDate debut, LocalDate fin,
                                boolean urgent, String motifUrgent) {
        return new FicheSituation(nir, "Roy", "Anne", naissance, Sexe.FEMININ, StatutAssure.SALARIE, "a@exemple.fr",
                "", null, "Fictive", siret, "", Origine.MEDECIN_TRAVAIL, AUJOURDHUI, Risque.MALADIE, debut, fin, null,
                urgent, motifUrgent, false, "", null, Set.of(), "", "");
    }

    @Test
    void a_complete_form_has_no_problem() {
        assertThat(ValidationFiche.verifier(fiche("2 69 05 49 588 157 80", LocalDate.of(1969, 5, 12),
                "73282932000074", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31), true, "fin des IJ"),
                AUJOURDHUI)).isEmpty();
    }

    @Test
    void names_every_problem_with_its_field() {
        FicheSituation mauvaise = new FicheSituation("269054958815781", "", "", LocalDate.of(2030, 1, 1), null, null,
                "pas-un-courriel", "", null, "", "123", "", null, LocalDate.of(2027, 1, 1), null,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1), null, true, "", true, " ", null, Set.of(), "", "");

        assertThat(ValidationFiche.verifier(mauvaise, AUJOURDHUI)).extracting(Probleme::champ).containsExactly(
                ValidationFiche.NIR, ValidationFiche.NOM, ValidationFiche.PRENOM, ValidationFiche.NAISSANCE,
                ValidationFiche.DEBUT_ARRET, ValidationFiche.SIRET, ValidationFiche.EMAIL, ValidationFiche.ORIGINE, ValidationFiche.SIGNALEMENT,
                ValidationFiche.RISQUE, ValidationFiche.FIN_ARRET, ValidationFiche.MOTIF_URGENT,
                ValidationFiche.MOTIF_COMPLEXE);
        assertThat(ValidationFiche.probleme(mauvaise, AUJOURDHUI, ValidationFiche.NIR)).contains("clé « 81 »");
        assertThat(ValidationFiche.probleme(mauvaise, AUJOURDHUI, ValidationFiche.FIN_ARRET))
                .isEqualTo("la fin d'arrêt prévue précède le début de l'arrêt.");
        assertThat(ValidationFiche.probleme(mauvaise, AUJOURDHUI, ValidationFiche.CONSENTEMENT)).isNull();
    }

    @Test
    void a_birth_date_or_sex_that_contradicts_the_nir_is_refused_but_unknown_months_are_not() {
        // 1 85 05 2A 004 123 56: a man born in May 1985
        FicheSituation autreAnnee = homme("185052A00412356", LocalDate.of(1990, 6, 15), null);
        assertThat(ValidationFiche.verifier(autreAnnee, AUJOURDHUI)).extracting(Probleme::toString).containsExactly(
                "date de naissance : l'année de naissance ne correspond pas au NIR (chiffres 2 et 3).");
        assertThat(ValidationFiche.verifier(homme("185052A00412356", LocalDate.of(1985, 6, 15), Sexe.FEMININ),
                AUJOURDHUI)).extracting(Probleme::toString).containsExactly(
                "date de naissance : le mois de naissance ne correspond pas au NIR (chiffres 4 et 5).",
                "sexe : le sexe ne correspond pas au NIR (1er chiffre : homme).");
        assertThat(ValidationFiche.verifier(homme("185052A00412356", LocalDate.of(1985, 5, 3), Sexe.MASCULIN),
                AUJOURDHUI)).isEmpty();
        // month 30 stands for an unknown month: any month of 1985 agrees
        String moisInconnu = "18530" + "58" + "004123";
        String nir = moisInconnu + Nir.calculerCle(moisInconnu);
        assertThat(ValidationFiche.verifier(homme(nir, LocalDate.of(1985, 11, 3), null), AUJOURDHUI)).isEmpty();
        assertThat(ValidationFiche.verifier(homme("185052A00412356", LocalDate.of(1885, 5, 3), null), AUJOURDHUI))
                .extracting(Probleme::message).contains("la date de naissance est invraisemblable (avant 1900).");
    }

    private static FicheSituation homme(String nir, LocalDate naissance, Sexe sexe) {
        return new FicheSituation(nir, "Martin", "Jean", naissance, sexe, StatutAssure.SALARIE, "", "", null, "", "",
                "", Origine.MEDECIN_TRAVAIL, AUJOURDHUI, Risque.MALADIE, LocalDate.of(2026, 8, 1), null, null, false,
                "", false, "", null, Set.of(), "", "");
    }

    private static FicheSituation avecReconnaissances(Reconnaissances r) {
        return new FicheSituation("2 69 05 49 588 157 80", "Roy", "Anne", null, Sexe.FEMININ, StatutAssure.SALARIE, "",
                "", null, "", "", "", Origine.MEDECIN_TRAVAIL, AUJOURDHUI, Risque.MALADIE, null, null, null, false, "",
                false, "", null, Set.of(), "", "", r);
    }

    @Test
    void the_recognitions_are_checked_and_kept_on_the_person() {
        Reconnaissances juste = new Reconnaissances(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28), null, null,
                Inaptitude.RISQUE, LocalDate.of(2026, 10, 5));
        assertThat(ValidationFiche.verifier(avecReconnaissances(juste), AUJOURDHUI)).isEmpty();
        assertThat(avecReconnaissances(juste).versAssure(java.util.UUID.randomUUID(), 0).reconnaissances())
                .isEqualTo(juste);

        Reconnaissances fausses = new Reconnaissances(LocalDate.of(2026, 3, 1), LocalDate.of(2025, 2, 28), null,
                LocalDate.of(2027, 1, 1), Inaptitude.DECLAREE, LocalDate.of(2026, 12, 1));
        assertThat(ValidationFiche.verifier(avecReconnaissances(fausses), AUJOURDHUI)).containsExactly(
                new Probleme(ValidationFiche.RQTH, "la fin de la RQTH précède son début."),
                new Probleme(ValidationFiche.BOETH, "indiquez la date de début du titre de bénéficiaire de "
                        + "l’obligation d’emploi (sa fin seule ne suffit pas)."),
                new Probleme(ValidationFiche.INAPTITUDE, "la date de l’avis du médecin du travail est dans le futur."));
    }
}
