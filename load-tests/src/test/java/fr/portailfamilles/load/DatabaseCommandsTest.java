package fr.portailfamilles.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseCommandsTest {

    private static final String BEFORE = """
            # HELP mongodb_driver_commands_seconds Timer of mongodb commands
            # TYPE mongodb_driver_commands_seconds summary
            mongodb_driver_commands_seconds_count{application="reservation-service",cluster_id="6b0c",collection="slots",command="update",database="portail_reservation",server_address="localhost:27017",status="SUCCESS"} 10
            mongodb_driver_commands_seconds_sum{application="reservation-service",cluster_id="6b0c",collection="slots",command="update",database="portail_reservation",server_address="localhost:27017",status="SUCCESS"} 0.5
            mongodb_driver_commands_seconds_max{application="reservation-service",cluster_id="6b0c",collection="slots",command="update",database="portail_reservation",server_address="localhost:27017",status="SUCCESS"} 0.2
            """;

    private static final String AFTER = """
            mongodb_driver_commands_seconds_count{application="reservation-service",cluster_id="6b0c",collection="slots",command="update",database="portail_reservation",server_address="localhost:27017",status="SUCCESS"} 110
            mongodb_driver_commands_seconds_sum{application="reservation-service",cluster_id="6b0c",collection="slots",command="update",database="portail_reservation",server_address="localhost:27017",status="SUCCESS"} 2.5
            mongodb_driver_commands_seconds_count{application="reservation-service",cluster_id="6b0c",collection="slots",command="update",database="portail_reservation",server_address="localhost:27017",status="FAILED"} 2
            mongodb_driver_commands_seconds_sum{application="reservation-service",cluster_id="6b0c",collection="slots",command="update",database="portail_reservation",server_address="localhost:27017",status="FAILED"} 0.25
            mongodb_driver_commands_seconds_count{application="billing-service",cluster_id="77aa",collection="usage",command="update",database="portail_billing",server_address="localhost:27017",status="SUCCESS"} 300
            mongodb_driver_commands_seconds_sum{application="billing-service",cluster_id="77aa",collection="usage",command="update",database="portail_billing",server_address="localhost:27017",status="SUCCESS"} 0.75
            portail_outbox_published_total{application="billing-service"} 12.0
            """;

    @Test
    void countsEachServicesCommandsPerCollectionBetweenTwoSamples() {
        List<DatabaseCommands.Tally> during = DatabaseCommands.between(parse(BEFORE), parse(AFTER));

        assertThat(during).containsExactly(
                new DatabaseCommands.Tally("billing-service", "usage", "update", 300, 0.75),
                new DatabaseCommands.Tally("reservation-service", "slots", "update", 102, 2.25));
    }

    @Test
    void leavesOutWhatDidNotHappenDuringTheRun() {
        assertThat(DatabaseCommands.between(parse(BEFORE), parse(BEFORE))).isEmpty();
    }

    private static Map<String, DatabaseCommands.Tally> parse(String page) {
        Map<String, DatabaseCommands.Tally> tallies = new HashMap<>();
        DatabaseCommands.add(page, tallies);
        return tallies;
    }
}
