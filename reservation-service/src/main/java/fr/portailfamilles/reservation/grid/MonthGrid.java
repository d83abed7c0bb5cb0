package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.booking.FrenchDates;
import fr.portailfamilles.reservation.calendar.domain.DayStatus;
import fr.portailfamilles.reservation.calendar.domain.OpeningWindow;
import fr.portailfamilles.reservation.calendar.domain.Unit;
import fr.portailfamilles.reservation.calendar.domain.UnitRow;
import fr.portailfamilles.reservation.grid.domain.Booking;
import fr.portailfamilles.reservation.grid.domain.CellState;
import fr.portailfamilles.reservation.grid.domain.ReservationCell;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The month grid of a registration as the page draws it: days as columns, units grouped by row. */
record MonthGrid(String registrationId, String familyId, String childFirstName, String activityId, String activityName,
        String status, String month, String previousMonth, String nextMonth, String periodStart, String periodEnd,
        List<Day> days, List<Row> rows) {

    private static final String LETTERS = "LMMJVSD";

    /** A column: the day, its weekday letter, whether the activity runs and whether it may still be changed. */
    record Day(String date, int day, String weekday, String status, String label, boolean modifiable,
            String deadline) {
    }

    record Row(String row, String label, List<UnitLine> units) {
    }

    record UnitLine(String code, String label, List<Cell> cells) {
    }

    /**
     * @param position the live place on the waitlist (1 = next)
     */
    record Cell(String date, CellState state, String label, Integer position, boolean modifiable, String requestId) {
    }

    /**
     * @param positions the live waitlist positions of the registration's waitlisted cells, by cell key
     */
    static MonthGrid of(RegistrationDocument registration, ActivitySchedule schedule, YearMonth month,
            LocalDateTime now, Map<String, Integer> positions, Map<String, OpeningWindow> openings) {
        List<Day> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(day(registration, schedule, month.atDay(d), now, openings));
        }
        List<Row> rows = new ArrayList<>();
        for (UnitRow row : UnitRow.values()) {
            List<UnitLine> lines = schedule.units().stream().filter(unit -> unit.row() == row)
                    .map(unit -> line(registration, unit, days, positions)).toList();
            rows.add(new Row(row.name(), row.label(), lines));
        }
        YearMonth first = YearMonth.from(registration.start());
        YearMonth last = YearMonth.from(registration.end());
        return new MonthGrid(registration.id(), registration.familyId(), registration.childFirstName(), registration.activityId(),
                registration.activityName() == null ? schedule.name() : registration.activityName(),
                registration.status(), month.toString(),
                month.isAfter(first) ? month.minusMonths(1).toString() : null,
                month.isBefore(last) ? month.plusMonths(1).toString() : null,
                registration.startDate(), registration.endDate(), days, rows);
    }

    private static Day day(RegistrationDocument registration, ActivitySchedule schedule, LocalDate date,
            LocalDateTime now, Map<String, OpeningWindow> openings) {
        String letter = String.valueOf(LETTERS.charAt(date.getDayOfWeek().getValue() - 1));
        if (!registration.covers(date)) {
            return new Day(date.toString(), date.getDayOfMonth(), letter, "OUTSIDE_REGISTRATION",
                    "En dehors de l’inscription", false, null);
        }
        DayStatus status = schedule.statusOf(date);
        LocalDateTime deadline = schedule.deadline().deadlineFor(date);
        boolean modifiable = status == DayStatus.OFFERED && registration.isActive()
                && schedule.deadline().allowsChangeOf(date, now);
        OpeningWindow opening = schedule.periodOf(date).map(period -> openings.get(period.id())).orElse(null);
        if (modifiable && opening != null && !opening.isOpenAt(now)) {
            return new Day(date.toString(), date.getDayOfMonth(), letter, status.name(),
                    "Réservations ouvertes le " + FrenchDates.moment(opening.opensAt()), false, deadline.toString());
        }
        return new Day(date.toString(), date.getDayOfMonth(), letter, status.name(),
                schedule.closureReason(date).orElse(status.label()), modifiable, deadline.toString());
    }

    private static UnitLine line(RegistrationDocument registration, Unit unit, List<Day> days,
            Map<String, Integer> positions) {
        List<Cell> cells = new ArrayList<>();
        for (Day day : days) {
            CellRef ref = new CellRef(LocalDate.parse(day.date()), unit.code());
            ReservationCell cell = registration.cell(ref);
            boolean offered = DayStatus.OFFERED.name().equals(day.status());
            if (!offered && cell.isEmpty()) {
                cells.add(new Cell(day.date(), CellState.NOT_OFFERED, day.label(), null, false, null));
                continue;
            }
            CellState state = cell.stateFor(day.modifiable());
            Integer position = cell.booking() == Booking.WAITLISTED
                    ? positions.getOrDefault(ref.key(), cell.position()) : null;
            boolean modifiable = day.modifiable() && !cell.isSettledByStaff()
                    && (state == CellState.FREE || cell.mayBeCancelled());
            cells.add(new Cell(day.date(), state, label(state, position), position, modifiable, cell.requestId()));
        }
        return new UnitLine(unit.code(), unit.label(), cells);
    }

    private static String label(CellState state, Integer position) {
        return position == null ? state.label() : state.label() + " (position " + position + ")";
    }
}
