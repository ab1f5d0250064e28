package fr.cellulepdp.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierJournauxTest {

    @Test
    void the_logs_go_to_the_local_application_data_folder_of_each_system() {
        assertThat(DossierJournaux.parDefaut("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local",
                "APPDATA", "C:/Users/u/AppData/Roaming"), "C:/Users/u", null))
                .isEqualTo(Path.of("C:/Users/u/AppData/Local", "CellulePDP", "logs"));
        assertThat(DossierJournaux.parDefaut("Windows 10", Map.of(), "C:/Users/u", null))
                .isEqualTo(Path.of("C:/Users/u", "AppData", "Local", "CellulePDP", "logs"));
        assertThat(DossierJournaux.parDefaut("Mac OS X", Map.of(), "/Users/u", null))
                .isEqualTo(Path.of("/Users/u/Library/Logs/CellulePDP"));
        assertThat(DossierJournaux.parDefaut("Linux", Map.of("XDG_STATE_HOME", "/s"), "/home/u", null))
                .isEqualTo(Path.of("/s/cellule-pdp/logs"));
        assertThat(DossierJournaux.parDefaut("Linux", Map.of(), "/home/u", null))
                .isEqualTo(Path.of("/home/u/.local/state/cellule-pdp/logs"));
        assertThat(DossierJournaux.parDefaut("Linux", Map.of(), "/home/u", "/tmp/j")).isEqualTo(Path.of("/tmp/j"));
    }
}
