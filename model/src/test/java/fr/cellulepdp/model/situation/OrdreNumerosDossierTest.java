package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdreNumerosDossierTest {

    @Test
    void file_numbers_sort_as_numbers_within_and_across_years() {
        List<String> numeros = new ArrayList<>(List.of("PDP-2026-10000", "PDP-2025-12000", "PDP-2026-9999",
                "PDP-2026-0001", "PDP-2026-99999"));

        numeros.sort(OrdreNumerosDossier.CROISSANT);

        assertThat(numeros).containsExactly("PDP-2025-12000", "PDP-2026-0001", "PDP-2026-9999", "PDP-2026-10000",
                "PDP-2026-99999");
    }

    @Test
    void the_key_is_the_one_the_migration_computes() {
        assertThat(OrdreNumerosDossier.cle("PDP-2026-0042")).isEqualTo("PDP-2026-000000000042");
        assertThat(OrdreNumerosDossier.cle("PDP-2026-10000")).isEqualTo("PDP-2026-000000010000");
        assertThat(OrdreNumerosDossier.cle("AUTRE-1")).isEqualTo("AUTRE-1");
    }
}
