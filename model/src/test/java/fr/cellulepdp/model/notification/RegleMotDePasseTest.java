package fr.cellulepdp.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Nir;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegleMotDePasseTest {

    private static Assure assure(LocalDate naissance, String codePostal) {
        return new Assure(UUID.randomUUID(), 0, Nir.de("269054958815780"), "Roy", "Anne", naissance, null,
                new Adresse("1 rue", "", codePostal, "Nevers"), "a@exemple.fr", "", null, null, "");
    }

    @Test
    void each_rule_gives_a_password_the_person_knows_or_none_when_the_file_lacks_it() {
        Assure anne = assure(LocalDate.of(1972, 7, 14), "58000");

        assertThat(RegleMotDePasse.DATE_NAISSANCE.motDePasse(anne)).contains("14071972");
        assertThat(RegleMotDePasse.CODE_POSTAL_ANNEE_NAISSANCE.motDePasse(anne)).contains("580001972");
        assertThat(RegleMotDePasse.DATE_NAISSANCE.motDePasse(assure(null, "58000"))).isEmpty();
        assertThat(RegleMotDePasse.CODE_POSTAL_ANNEE_NAISSANCE.motDePasse(assure(LocalDate.of(1970, 3, 5), "")))
                .isEmpty();
        for (RegleMotDePasse regle : RegleMotDePasse.values()) {
            // the e-mail explains the rule, never the password itself
            assertThat(regle.explication()).doesNotContain(regle.motDePasse(anne).orElseThrow());
        }
    }
}
