package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.grid.domain.ReservationCell;
import fr.portailfamilles.reservation.grid.domain.RequestProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What events change in one registration's grid (its cells, its requests' progress and the
 * events to publish), gathered so that one update writes the changes of several events: a cell
 * changed twice is written once, as it ends.
 */
final class GridChange {

    /** By cell; an empty cell is removed from the grid. */
    private final Map<CellRef, ReservationCell> cells = new LinkedHashMap<>();
    private final Map<String, RequestProgress> requests = new LinkedHashMap<>();
    private final List<OutboxEvent> outgoing = new ArrayList<>();

    GridChange cell(CellRef ref, ReservationCell after) {
        cells.put(ref, after);
        return this;
    }

    GridChange request(String requestId, RequestProgress progress) {
        requests.put(requestId, progress);
        return this;
    }

    GridChange publish(OutboxEvent event) {
        outgoing.add(event);
        return this;
    }

    /** Adds {@code later}'s changes after these. */
    GridChange then(GridChange later) {
        cells.putAll(later.cells);
        requests.putAll(later.requests);
        outgoing.addAll(later.outgoing);
        return this;
    }

    boolean publishes() {
        return !outgoing.isEmpty();
    }

    /** The registration as it reads with this change applied, for the next event to see. */
    RegistrationDocument appliedTo(RegistrationDocument registration) {
        if (cells.isEmpty() && requests.isEmpty()) {
            return registration;
        }
        Map<String, ReservationCell> grid = new HashMap<>(registration.cells());
        cells.forEach((ref, cell) -> {
            if (cell.isEmpty()) {
                grid.remove(ref.key());
            } else {
                grid.put(ref.key(), cell);
            }
        });
        Map<String, RequestProgress> progress = new HashMap<>(registration.requests());
        progress.putAll(requests);
        return new RegistrationDocument(registration.id(), registration.familyId(), registration.childId(),
                registration.childFirstName(), registration.activityId(), registration.activityName(),
                registration.seasonId(), registration.startDate(), registration.endDate(), registration.status(),
                registration.approvedAt(), grid, progress, registration.appliedEvents(), registration.revision());
    }

    /** The update writing this change (the caller adds its bookkeeping). */
    Update update() {
        Update update = new Update();
        cells.forEach((ref, cell) -> {
            if (cell.isEmpty()) {
                update.unset(RegistrationDocument.cellPath(ref));
            } else {
                update.set(RegistrationDocument.cellPath(ref), cell);
            }
        });
        requests.forEach((id, progress) -> update.set("requests." + id, progress));
        if (!outgoing.isEmpty()) {
            update.push(OutboxEvent.FIELD).each(outgoing.toArray());
        }
        return update;
    }
}
