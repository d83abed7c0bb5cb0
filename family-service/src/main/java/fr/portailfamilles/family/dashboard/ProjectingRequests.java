package fr.portailfamilles.family.dashboard;

import fr.portailfamilles.family.dashboard.domain.RequestUpdate;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.FileState;
import fr.portailfamilles.platform.messaging.InboundEvent;
import java.util.List;
import java.util.Map;
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
        RequestEventMapping mapping = mappings.get(event.type());
        if (mapping == null) {
            return;
        }
        RequestUpdate update = mapping.read(event);
        if (families.findById(update.familyId()).filter(f -> f.state() == FileState.ERASED).isPresent()) {
            log.info("Event {} concerns an erased family: not projected", event.id());
            return;
        }
        entries.record(update, event.id());
    }
}
