package fr.portailfamilles.reservation.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When an activity runs: its periods and their weekdays, its units, minus the days it is closed (by the
 * catalogue, by staff, or public holidays); and its change deadline.
 *
 * @param closures the closed days with their reason (catalogue closures and staff closures)
 */
public record ActivitySchedule(String activityId, String name, String kind, List<Period> periods,
        Set<DayOfWeek> weekdays, List<Unit> units, Map<LocalDate, String> closures, ChangeDeadline deadline) {

    public ActivitySchedule {
        periods = List.copyOf(periods);
        weekdays = Set.copyOf(weekdays);
        units = List.copyOf(units);
        closures = Map.copyOf(closures);
    }

    public DayStatus statusOf(LocalDate date) {
        Optional<Period> period = periodOf(date);
        Set<DayOfWeek> days = period.map(Period::weekdays).filter(own -> !own.isEmpty()).orElse(weekdays);
        if (period.isEmpty() || !days.contains(date.getDayOfWeek())) {
            return DayStatus.NOT_SCHEDULED;
        }
        if (closures.containsKey(date)) {
            return DayStatus.CLOSED;
        }
        return PublicHolidays.isHoliday(date) ? DayStatus.PUBLIC_HOLIDAY : DayStatus.OFFERED;
    }

    public boolean offers(LocalDate date) {
        return statusOf(date) == DayStatus.OFFERED;
    }

    public Optional<Period> periodOf(LocalDate date) {
        return periods.stream().filter(period -> period.contains(date)).findFirst();
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    /** The reason a closed day is closed, as staff or the catalogue gave it. */
    public Optional<String> closureReason(LocalDate date) {
        return Optional.ofNullable(closures.get(date));
    }
}
