package fr.portailfamilles.family.dashboard.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A request of the family as its dashboard shows it, rebuilt from the events of the service that
 * decides it. It keeps every report it received; the current state is chosen by
 * {@link LatestStateWins}, so reports may arrive in any order, or twice.
 */
@Document(DashboardEntry.COLLECTION)
public class DashboardEntry {

    public static final String COLLECTION = "dashboard_entries";

    @Id
    private String id;
    private String familyId;
    private RequestKind kind;
    private String requestId;
    private String childId;
    private String childFirstName;
    private String activityId;
    private String activityName;
    private Instant requestedAt;
    private Instant firstSeenAt;
    private List<Transition> transitions = new ArrayList<>();

    @PersistenceCreator
    DashboardEntry() {
    }

    public static String idOf(RequestKind kind, String requestId) {
        return kind.name().toLowerCase() + ":" + requestId;
    }

    public Transition current() {
        return LatestStateWins.current(transitions).orElseThrow();
    }

    /** When the family sent the request; the first report's time until the request itself is known. */
    public Instant sentAt() {
        return requestedAt != null ? requestedAt : firstSeenAt;
    }

    public String id() {
        return id;
    }

    public String familyId() {
        return familyId;
    }

    public RequestKind kind() {
        return kind;
    }

    public String requestId() {
        return requestId;
    }

    public String childId() {
        return childId;
    }

    public String childFirstName() {
        return childFirstName;
    }

    public String activityId() {
        return activityId;
    }

    public String activityName() {
        return activityName;
    }

    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }
}
