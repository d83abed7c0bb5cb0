package fr.portailfamilles.reservation.booking;

import java.util.List;

/**
 * What a family sends with « Valider »: cells to reserve, cells to cancel, and optionally a
 * weekly template to expand into more cells to reserve.
 */
public record ChangeRequest(List<CellJson> reserve, List<CellJson> cancel, TemplateJson template) {

    public ChangeRequest {
        reserve = reserve == null ? List.of() : reserve;
        cancel = cancel == null ? List.of() : cancel;
    }

    public record CellJson(String date, String unit) {
    }

    public record TemplateJson(List<String> weekdays, List<String> units, String from, String to) {
    }
}
