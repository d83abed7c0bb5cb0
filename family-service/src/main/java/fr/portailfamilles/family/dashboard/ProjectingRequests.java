package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.dashboard.domain.RequestUpdate;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.platform.messaging.EventBatches.Received;
import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Projects the other services' events onto the dashboard: each type with a mapping becomes a
 * report on its request's entry, once; types without a mapping are not the dashboard's business.
 */
@Service
public class ProjectingRequests {

    private static final Logger log = LoggerFactory.getLogger(ProjectingRequests.class);

    private final Map<String, RequestEventMapping> mappings;
    private final DashboardEntries entries;
    private final Families families;

    ProjectingRequests(List<RequestEventMapping> mappings, DashboardEntries entries, Families families) {
        this.mappings = mappings.stream().collect(Collectors.toUnmodifiableMap(RequestEventMapping::eventType,
                Function.identity()));
        this.entries = entries;
        this.families = families;
    }

    public void on(InboundEvent event) {
        RequestUpdate update = read(event);
        if (update != null) {
            project(List.of(new Received<>(event, update)));
        }
    }

    /** The report an event makes on the dashboard, or null for an event that is not its business. */
    public RequestUpdate read(InboundEvent event) {
        RequestEventMapping mapping = mappings.get(event.type());
        return mapping == null ? null : mapping.read(event);
    }

    /**
     * Records the reports of these events in their order, except those of erased families: the
     * families asked about with one query, the reports written with one bulk write.
     */
    public void project(List<Received<RequestUpdate>> updates) {
        Set<String> erased = families.erasedAmong(updates.stream().map(received -> received.value().familyId())
                .collect(Collectors.toSet()));
        List<Received<RequestUpdate>> kept = new ArrayList<>(updates.size());
        for (Received<RequestUpdate> received : updates) {
            if (erased.contains(received.value().familyId())) {
                log.info("Event {} concerns an erased family: not projected", received.event().id());
            } else {
                kept.add(received);
            }
        }
        if (!kept.isEmpty()) {
            entries.record(kept);
        }
    }
}
