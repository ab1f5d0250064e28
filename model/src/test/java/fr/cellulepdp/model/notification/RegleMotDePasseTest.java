package fr.cellulepdp.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Nir;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
        Optional<CodeCourriel> aucun = Optional.empty();

        assertThat(RegleMotDePasse.DATE_NAISSANCE.motDePasse(anne, aucun)).contains("14071972");
        assertThat(RegleMotDePasse.CODE_POSTAL_ANNEE_NAISSANCE.motDePasse(anne, aucun)).contains("580001972");
        assertThat(RegleMotDePasse.DATE_NAISSANCE.motDePasse(assure(null, "58000"), aucun)).isEmpty();
        assertThat(RegleMotDePasse.CODE_POSTAL_ANNEE_NAISSANCE.motDePasse(assure(LocalDate.of(1970, 3, 5), ""), aucun))
                .isEmpty();
        for (RegleMotDePasse regle : new RegleMotDePasse[] {RegleMotDePasse.DATE_NAISSANCE,
                RegleMotDePasse.CODE_POSTAL_ANNEE_NAISSANCE}) {
            // the e-mail explains the rule, never the password itself; the settings warn
            assertThat(regle.explication(aucun)).doesNotContain(regle.motDePasse(anne, aucun).orElseThrow());
            assertThat(regle.avertissement()).contains("se devine");
        }
    }

    @Test
    void the_personal_code_opens_only_once_given_and_the_email_says_where_never_what() {
        Assure anne = assure(LocalDate.of(1972, 7, 14), "58000");
        CodeCourriel code = CodeCourriel.nouveau(anne.id(), Instant.parse("2026-11-02T10:00:00Z"));

        assertThat(RegleMotDePasse.CODE_PERSONNEL.motDePasse(anne, Optional.of(code))).as("pas encore remis").isEmpty();
        CodeCourriel remis = code.remis(LocalDate.of(2026, 11, 4), "par courrier postal du 04/11/2026");
        assertThat(RegleMotDePasse.CODE_PERSONNEL.motDePasse(anne, Optional.of(remis))).contains(code.code());
        assertThat(RegleMotDePasse.CODE_PERSONNEL.explication(Optional.of(remis)))
                .contains("par courrier postal du 04/11/2026").doesNotContain(code.code());
        assertThat(RegleMotDePasse.CODE_PERSONNEL.avertissement()).isEmpty();
        assertThat(code.toString()).doesNotContain(code.code());
    }

    @Test
    void codes_are_twelve_unambiguous_symbols_drawn_at_random() {
        Set<String> tires = new HashSet<>();
        SecureRandom hasard = new SecureRandom();
        for (int i = 0; i < 2000; i++) {
            String code = CodeCourriel.tirer(hasard);
            assertThat(code).matches("[" + CodeCourriel.ALPHABET + "]{4}(-[" + CodeCourriel.ALPHABET + "]{4}){2}");
            tires.add(code);
        }
        assertThat(tires).hasSize(2000);
        assertThat(CodeCourriel.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }
}
