package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.grid.domain.ReservationCell;
import fr.portailfamilles.reservation.grid.domain.RequestProgress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registration (child × activity) opened by the registration service's approval, with its
 * grid: every cell that is not free, the requests still being decided, and the pending events
 * (allocation commands, requests, settlements) written by the same update.
 *
 * @param cells    by cell key ({@code 2026-11-02|matin})
 * @param requests by request id
 * @param revision bumped by every change; a writer only writes over the revision it read
 */
@Document(RegistrationDocument.COLLECTION)
public record RegistrationDocument(@Id String id, String familyId, String childId, String childFirstName,
        String activityId, String activityName, String seasonId, String startDate, String endDate, String status,
        Instant approvedAt, Map<String, ReservationCell> cells, Map<String, RequestProgress> requests,
        List<String> appliedEvents, long revision) {

    public static final String COLLECTION = "registrations";
    public static final String ACTIVE = "ACTIVE";
    public static final String CANCELLED = "CANCELLED";

    public RegistrationDocument {
        cells = cells == null ? Map.of() : cells;
        requests = requests == null ? Map.of() : requests;
        appliedEvents = appliedEvents == null ? List.of() : appliedEvents;
    }

    public ReservationCell cell(CellRef ref) {
        return cells.getOrDefault(ref.key(), ReservationCell.EMPTY);
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public LocalDate start() {
        return LocalDate.parse(startDate);
    }

    public LocalDate end() {
        return LocalDate.parse(endDate);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The path of a cell in an update: {@code cells.2026-11-02|matin}. */
    public static String cellPath(CellRef ref) {
        return "cells." + ref.key();
    }
}
