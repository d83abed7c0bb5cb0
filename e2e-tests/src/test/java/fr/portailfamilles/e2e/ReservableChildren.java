package fr.portailfamilles.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo child's approved registration to an activity, made once for the running portal whichever
 * journey asks first, and the days it may still reserve.
 */
final class ReservableChildren {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReservableChildren() {
    }

    /** The child's registration to the activity with its grid open, requested and approved if not yet there. */
    static synchronized String approvedRegistration(RunningPortal portal, String parent, String agent, String childId,
            String activityId) throws Exception {
        for (JsonNode known : JSON.readTree(portal.get("/api/reservations/registrations", parent).body())) {
            if (childId.equals(known.get("childId").asString()) && activityId.equals(known.get("activityId").asString())
                    && "ACTIVE".equals(known.get("status").asString())) {
                return known.get("registrationId").asString();
            }
        }
        HttpResponse<String> requested = portal.send("POST", "/api/registrations", parent,
                "{\"childId\":\"" + childId + "\",\"activityId\":\"" + activityId + "\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String id = JSON.readTree(requested.body()).get("id").asString();
        HttpResponse<String> approved = portal.send("POST", "/api/registrations/" + id + "/approval", agent, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> portal.get(
                "/api/reservations/registrations/" + id + "/grid", parent).statusCode() == 200);
        return id;
    }

    /** The first day of the registration's activity that the family may still change (its deadline not passed). */
    static String firstModifiableDay(RunningPortal portal, String parent, String registrationId) throws Exception {
        YearMonth month = YearMonth.now();
        for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
            HttpResponse<String> answer = portal.get("/api/reservations/registrations/" + registrationId
                    + "/grid?month=" + month, parent);
            if (answer.statusCode() != 200) {
                continue;
            }
            for (JsonNode day : JSON.readTree(answer.body()).get("days")) {
                if (day.get("modifiable").asBoolean()) {
                    return day.get("date").asString();
                }
            }
        }
        throw new AssertionError("no day of " + registrationId + " left to change in the coming year");
    }

    /** The cell of the parent's month grid as the API gives it. */
    static JsonNode cell(RunningPortal portal, String parent, String registrationId, String date, String unit)
            throws Exception {
        JsonNode grid = JSON.readTree(portal.get("/api/reservations/registrations/" + registrationId
                + "/grid?month=" + date.substring(0, 7), parent).body());
        for (JsonNode row : grid.get("rows")) {
            for (JsonNode line : row.get("units")) {
                if (unit.equals(line.get("code").asString())) {
                    for (JsonNode cell : line.get("cells")) {
                        if (date.equals(cell.get("date").asString())) {
                            return cell;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no cell " + unit + " " + date);
    }
}
