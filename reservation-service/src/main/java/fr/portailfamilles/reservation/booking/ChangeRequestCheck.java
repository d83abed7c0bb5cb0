package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.calendar.domain.DayStatus;
import fr.portailfamilles.reservation.calendar.domain.OpeningWindow;
import fr.portailfamilles.reservation.calendar.domain.Unit;
import fr.portailfamilles.reservation.calendar.domain.WeeklyTemplate;
import fr.portailfamilles.reservation.grid.RegistrationDocument;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a family's request against the registration, the activity's calendar, the deadlines
 * and the grid, all or nothing: the first broken rule refuses the whole request with a French
 * message. A weekly template is lenient instead: it simply skips the days that cannot be
 * reserved (closed, past the deadline, already reserved).
 */
final class ChangeRequestCheck {

    private final RegistrationDocument registration;
    private final ActivitySchedule schedule;
    private final LocalDateTime now;
    private final int maxCells;
    private final Map<String, OpeningWindow> openings;

    ChangeRequestCheck(RegistrationDocument registration, ActivitySchedule schedule, LocalDateTime now, int maxCells,
            Map<String, OpeningWindow> openings) {
        this.registration = registration;
        this.schedule = schedule;
        this.now = now;
        this.maxCells = maxCells;
        this.openings = openings;
    }

    record Checked(List<CellRef> reserve, List<CellRef> cancel) {
    }

    Checked check(ChangeRequest request) {
        tooMany(request.reserve().size() + request.cancel().size());
        Set<CellRef> reserve = new LinkedHashSet<>();
        for (ChangeRequest.CellJson json : request.reserve()) {
            CellRef cell = cellOf(json);
            changeable(cell);
            opened(cell.date());
            if (!registration.cell(cell).mayBeReserved()) {
                throw DomainProblem.conflict("case-deja-reservee", "Le %s (%s) est déjà réservé ou demandé."
                        .formatted(FrenchDates.day(cell.date()), unitLabel(cell.unit())));
            }
            reserve.add(cell);
        }
        if (request.template() != null) {
            reserve.addAll(expand(request.template()));
        }
        Set<CellRef> cancel = new LinkedHashSet<>();
        for (ChangeRequest.CellJson json : request.cancel()) {
            CellRef cell = cellOf(json);
            changeable(cell);
            if (!registration.cell(cell).mayBeCancelled()) {
                throw DomainProblem.conflict("rien-a-annuler", "Il n’y a pas de réservation à annuler le %s (%s)."
                        .formatted(FrenchDates.day(cell.date()), unitLabel(cell.unit())));
            }
            if (reserve.contains(cell)) {
                throw DomainProblem.invalid("selection-contradictoire",
                        "Le %s (%s) ne peut pas être à la fois réservé et annulé."
                                .formatted(FrenchDates.day(cell.date()), unitLabel(cell.unit())));
            }
            cancel.add(cell);
        }
        if (reserve.isEmpty() && cancel.isEmpty()) {
            throw DomainProblem.invalid("selection-vide", request.template() == null
                    ? "Votre sélection est vide : choisissez au moins une case."
                    : "Aucun jour ne peut être réservé avec cette semaine type : les jours choisis sont déjà "
                            + "réservés, fermés ou leur délai de modification est dépassé.");
        }
        tooMany(reserve.size() + cancel.size());
        return new Checked(List.copyOf(reserve), List.copyOf(cancel));
    }

    private List<CellRef> expand(ChangeRequest.TemplateJson json) {
        WeeklyTemplate template = templateOf(json);
        if (!registration.covers(template.from()) || !registration.covers(template.to())) {
            throw DomainProblem.unprocessable("hors-periode", "La semaine type doit s’appliquer entre le %s et le %s, "
                    .formatted(FrenchDates.day(registration.start()), FrenchDates.day(registration.end()))
                    + "la période de l’inscription.");
        }
        template.units().forEach(this::unitLabel);
        List<CellRef> cells = new ArrayList<>();
        for (CellRef cell : template.expand(schedule)) {
            if (schedule.deadline().allowsChangeOf(cell.date(), now) && registration.cell(cell).mayBeReserved()
                    && openingOf(cell.date()).map(window -> window.isOpenAt(now)).orElse(true)) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private WeeklyTemplate templateOf(ChangeRequest.TemplateJson json) {
        if (json.weekdays() == null || json.weekdays().isEmpty() || json.units() == null || json.units().isEmpty()) {
            throw DomainProblem.invalid("semaine-type-incomplete",
                    "Choisissez au moins un jour de la semaine et une unité pour la semaine type.");
        }
        Set<DayOfWeek> weekdays;
        try {
            weekdays = json.weekdays().stream().map(day -> DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException unknown) {
            throw DomainProblem.invalid("jour-invalide", "Un jour de la semaine type est inconnu : " + json.weekdays());
        }
        LocalDate from = dateOf(json.from());
        LocalDate to = dateOf(json.to());
        try {
            return new WeeklyTemplate(weekdays, json.units(), from, to);
        } catch (IllegalArgumentException badRange) {
            throw DomainProblem.invalid("periode-invalide",
                    "La période de la semaine type doit aller d’une date à une date postérieure, sur un an au plus.");
        }
    }

    private CellRef cellOf(ChangeRequest.CellJson json) {
        if (json == null || json.unit() == null || json.unit().isBlank()) {
            throw DomainProblem.invalid("case-invalide", "Chaque case doit indiquer une date et une unité.");
        }
        CellRef cell = new CellRef(dateOf(json.date()), json.unit());
        unitLabel(cell.unit());
        return cell;
    }

    /** The day must lie in the registration, be a day of activity, and be before its deadline. */
    private void changeable(CellRef cell) {
        LocalDate date = cell.date();
        if (!registration.covers(date)) {
            throw DomainProblem.unprocessable("hors-periode", "Le %s est en dehors de la période de l’inscription (du %s au %s)."
                    .formatted(FrenchDates.day(date), FrenchDates.day(registration.start()),
                            FrenchDates.day(registration.end())));
        }
        DayStatus status = schedule.statusOf(date);
        if (status != DayStatus.OFFERED) {
            throw DomainProblem.unprocessable("jour-sans-activite", "Le %s n’est pas un jour d’activité (%s)."
                    .formatted(FrenchDates.day(date), schedule.closureReason(date).orElse(status.label())));
        }
        if (!schedule.deadline().allowsChangeOf(date, now)) {
            throw DomainProblem.unprocessable("delai-depasse", "Le délai de modification est dépassé pour le %s (%s) : "
                    .formatted(FrenchDates.day(date), unitLabel(cell.unit()))
                    + "les changements étaient possibles jusqu’au " + FrenchDates.moment(schedule.deadline()
                            .deadlineFor(date)) + ".");
        }
    }

    /** A period whose reservations open later refuses them until then. */
    private void opened(LocalDate date) {
        openingOf(date).filter(window -> !window.isOpenAt(now)).ifPresent(window -> {
            throw DomainProblem.unprocessable("reservations-pas-ouvertes",
                    "Les réservations pour le %s ouvrent le %s.".formatted(FrenchDates.day(date),
                            FrenchDates.moment(window.opensAt())));
        });
    }

    private java.util.Optional<OpeningWindow> openingOf(LocalDate date) {
        return schedule.periodOf(date).map(period -> openings.get(period.id()));
    }

    private String unitLabel(String code) {
        return schedule.unit(code).map(Unit::label).orElseThrow(() -> DomainProblem.invalid("unite-inconnue",
                "L’unité « %s » n’existe pas pour l’activité « %s »."
                        .formatted(code, schedule.name() == null ? schedule.activityId() : schedule.name())));
    }

    private static LocalDate dateOf(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException | NullPointerException invalid) {
            throw DomainProblem.invalid("date-invalide",
                    "La date « %s » n’est pas valide (format attendu : AAAA-MM-JJ).".formatted(text));
        }
    }

    private void tooMany(int cells) {
        if (cells > maxCells) {
            throw DomainProblem.invalid("selection-trop-grande",
                    "Votre sélection compte %d cases ; une demande en compte au plus %d. Envoyez-la en plusieurs fois."
                            .formatted(cells, maxCells));
        }
    }
}
