package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.persistence.situation.DepotSituations;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Objects read by a list of ids get the ids as constants: with bound parameters H2 checked every row it read
 * against every id in turn, so thousands of files read by thousands of ids (the requests waiting of an agenda's
 * proposal, a page of follow-ups) took seconds to minutes (decision 0065).
 */
@org.junit.jupiter.api.Tag("h2")
class LecturesParIdentifiantsTest extends SurBaseTemporaire {

    @Test
    void the_ids_of_a_reading_by_ids_are_constants_not_bound_values() {
        PlansH2 plans = new PlansH2(base);
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(1_000).toList();

        assertThat(new DepotSituations(plans.contexte()).findAllById(ids)).isEmpty();

        assertThat(plans.tellesQuEnvoyees()).isNotEmpty().allSatisfy(sql -> assertThat(sql).doesNotContain("?")
                .contains(ids.get(0).toString()));
        assertThat(plans.plans("\"SITUATION\"")).first().asString().contains("PRIMARY_KEY");
    }
}
