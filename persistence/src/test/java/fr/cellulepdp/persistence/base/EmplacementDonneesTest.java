package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Where the H2 file goes by default. No database involved: not run again on PostgreSQL (tag h2). */
@Tag("h2")
class EmplacementDonneesTest {

    @Test
    void linux_uses_xdg_data_home_or_local_share() {
        assertThat(EmplacementDonnees.parDefaut("Linux", Map.of("XDG_DATA_HOME", "/d"), "/home/u", null))
                .isEqualTo(Path.of("/d/cellule-pdp/cellule-pdp"));
        assertThat(EmplacementDonnees.parDefaut("Linux", Map.of(), "/home/u", null))
                .isEqualTo(Path.of("/home/u/.local/share/cellule-pdp/cellule-pdp"));
    }

    @Test
    void windows_uses_appdata_and_macos_application_support() {
        assertThat(EmplacementDonnees.parDefaut("Windows 11", Map.of("APPDATA", "/r"), "/u", null))
                .isEqualTo(Path.of("/r/cellule-pdp/cellule-pdp"));
        assertThat(EmplacementDonnees.parDefaut("Mac OS X", Map.of(), "/Users/u", null))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/cellule-pdp/cellule-pdp"));
    }

    @Test
    void the_system_property_moves_the_folder() {
        assertThat(EmplacementDonnees.parDefaut("Linux", Map.of(), "/home/u", "/mnt/usb"))
                .isEqualTo(Path.of("/mnt/usb/cellule-pdp"));
    }
}
