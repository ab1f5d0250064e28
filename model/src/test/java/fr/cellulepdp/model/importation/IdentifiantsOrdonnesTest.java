package fr.cellulepdp.model.importation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The import's identifiers: standard UUIDs (version 7), increasing within an import and from one to the next. */
class IdentifiantsOrdonnesTest {

    /** The order of H2 and PostgreSQL: both halves as unsigned numbers. */
    private static final Comparator<UUID> ORDRE_DES_BASES = (a, b) -> a.getMostSignificantBits()
            == b.getMostSignificantBits()
            ? Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits())
            : Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());

    @Test
    void increasing_version_7_identifiers_within_an_import_and_after_an_earlier_one() {
        long instant = 1_796_000_000_000L;
        List<UUID> ids = new ArrayList<>();
        IdentifiantsOrdonnes premier = new IdentifiantsOrdonnes(instant);
        for (int i = 0; i < 10_000; i++) {
            ids.add(premier.get());
        }
        IdentifiantsOrdonnes suivant = new IdentifiantsOrdonnes(instant + 1);
        ids.add(suivant.get());
        ids.add(suivant.get());

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.version() == 7 && id.variant() == 2)
                .isSortedAccordingTo(ORDRE_DES_BASES).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(ids.get(0).getMostSignificantBits() >>> 16).as("the import's instant").isEqualTo(instant);
        assertThat(new IdentifiantsOrdonnes(instant).get()).as("random beyond the instant")
                .isNotEqualTo(new IdentifiantsOrdonnes(instant).get());
    }
}
