package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.reservation.ReservationProperties;
import fr.portailfamilles.reservation.calendar.ActivitySchedules;
import fr.portailfamilles.reservation.calendar.Openings;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.calendar.domain.CellRef;
import fr.portailfamilles.reservation.calendar.domain.OpeningWindow;
import fr.portailfamilles.reservation.grid.RegistrationDocument;
import fr.portailfamilles.reservation.grid.Registrations;
import fr.portailfamilles.reservation.grid.domain.CellState;
import fr.portailfamilles.reservation.grid.domain.Pending;
import fr.portailfamilles.reservation.grid.domain.ReservationCell;
import fr.portailfamilles.reservation.grid.domain.RequestProgress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * « Valider »: checks a family's request and, in one update of the registration, marks its
 * cells as sent, opens the request, and queues one allocation command per cell with the
 * {@code requested} event. The answer comes at once; the decisions follow from the slots.
 * A « Valider » sent again with the same {@code Idempotency-Key} (its answer was lost on a busy
 * morning) gets the same request back, with its cells as they are now, instead of a second request.
 * The same update removes the requests settled longer ago than
 * {@link ReservationProperties#settledKept()}, so that a registration holds the requests of the
 * last day and those still being decided, not a whole year's, which every decision reads.
 */
@Service
public class RequestingReservations {

    private static final int ATTEMPTS = 20;
    private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final Registrations registrations;
    private final ActivitySchedules schedules;
    private final ReservationEvents events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ReservationProperties properties;
    private final Openings openings;

    RequestingReservations(Registrations registrations, ActivitySchedules schedules, ReservationEvents events,
            OutboxRelay relay, Clock clock, ReservationProperties properties, Openings openings) {
        this.openings = openings;
        this.registrations = registrations;
        this.schedules = schedules;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.properties = properties;
    }

    public record Accepted(String requestId, String registrationId, List<SentCell> cells) {
    }

    public record SentCell(String date, String unit, String action, CellState state) {
    }

    /**
     * @param clientKey the page's key for this « Valider » ({@link #clientKey}), or null
     */
    public Accepted request(String registrationId, CurrentUser user, ChangeRequest request, String clientKey) {
        Instant receivedAt = clock.instant();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RegistrationDocument registration = visibleRegistration(registrationId, user);
            Optional<Accepted> already = acceptedBefore(registration, clientKey);
            if (already.isPresent()) {
                return already.get();
            }
            if (!registration.isActive()) {
                throw DomainProblem.conflict("inscription-annulee",
                        "Cette inscription est annulée : ses réservations ne peuvent plus être modifiées.");
            }
            ActivitySchedule schedule = schedules.find(registration.activityId())
                    .orElseThrow(() -> DomainProblem.conflict("calendrier-indisponible",
                            "Le calendrier de cette activité n’est pas encore disponible. Réessayez dans quelques instants."));
            LocalDateTime now = LocalDateTime.ofInstant(receivedAt, properties.zone());
            Map<String, OpeningWindow> windows = openings.of(registration.activityId());
            ChangeRequestCheck.Checked checked = new ChangeRequestCheck(registration, schedule, now,
                    properties.maxCells(), windows).check(request);
            String requestId = UUID.randomUUID().toString();
            List<SentCell> sent = new ArrayList<>();
            Function<CellRef, Instant> drawUntil = cell -> schedule.periodOf(cell.date())
                    .map(period -> windows.get(period.id())).flatMap(window -> window.drawUntil(now))
                    .map(end -> end.atZone(properties.zone()).toInstant()).orElse(null);
            Update update = sending(registration, checked, requestId, receivedAt, drawUntil, sent, clientKey);
            if (registrations.write(registration, update)) {
                relay.wake(RegistrationDocument.COLLECTION, registration.id());
                return new Accepted(requestId, registrationId, sent);
            }
        }
        throw DomainProblem.conflict("demande-concurrente",
                "Une autre demande sur cette inscription est en cours. Actualisez la grille et réessayez.");
    }

    /** The {@code Idempotency-Key} header, checked: null if absent. */
    public static String clientKey(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!CLIENT_KEY.matcher(header).matches()) {
            throw DomainProblem.invalid("cle-de-demande-invalide",
                    "L’en-tête Idempotency-Key doit compter de 8 à 64 lettres, chiffres, tirets ou soulignés.");
        }
        return header;
    }

    /** The request a « Valider » with this key already made, its cells as they are now. */
    private static Optional<Accepted> acceptedBefore(RegistrationDocument registration, String clientKey) {
        if (clientKey == null) {
            return Optional.empty();
        }
        return registration.requests().entrySet().stream()
                .filter(request -> clientKey.equals(request.getValue().clientKey()))
                .findFirst()
                .map(request -> new Accepted(request.getKey(), registration.id(),
                        request.getValue().sent().stream().map(sent -> {
                            int action = sent.lastIndexOf('|');
                            CellRef cell = CellRef.parse(sent.substring(0, action));
                            return new SentCell(cell.date().toString(), cell.unit(), sent.substring(action + 1),
                                    registration.cell(cell).stateFor(true));
                        }).toList()));
    }

    /** The registration as {@code user} may see it; another family's is as unknown as a missing one. */
    public RegistrationDocument visibleRegistration(String registrationId, CurrentUser user) {
        return visible(registrations.find(registrationId), user);
    }

    /** The registration's id if {@code user} may see it, only its family read: for its live stream. */
    public String visibleRegistrationId(String registrationId, CurrentUser user) {
        return registrations.familyOf(registrationId).filter(user::maySee).map(family -> registrationId)
                .orElseThrow(RequestingReservations::unknownRegistration);
    }

    /** Likewise, without its requests' progress ({@link Registrations#findGrid}): for its grid. */
    public RegistrationDocument visibleGrid(String registrationId, CurrentUser user) {
        return visible(registrations.findGrid(registrationId), user);
    }

    private static RegistrationDocument visible(Optional<RegistrationDocument> found, CurrentUser user) {
        return found.filter(registration -> user.maySee(registration.familyId()))
                .orElseThrow(RequestingReservations::unknownRegistration);
    }

    private static DomainProblem unknownRegistration() {
        return DomainProblem.notFound("inscription-introuvable", "Cette inscription est introuvable.");
    }

    private Update sending(RegistrationDocument registration, ChangeRequestCheck.Checked checked, String requestId,
            Instant at, Function<CellRef, Instant> drawUntil, List<SentCell> sent, String clientKey) {
        Update update = new Update();
        List<OutboxEvent> outgoing = new ArrayList<>();
        outgoing.add(events.requested(new ReservationEvents.ReservationRequested(requestId, registration.id(),
                registration.familyId(), registration.childId(), registration.activityId(), json(checked.reserve()),
                json(checked.cancel()), at)));
        Set<String> keys = new LinkedHashSet<>();
        List<String> asked = new ArrayList<>();
        for (CellRef cell : checked.reserve()) {
            outgoing.add(send(registration, cell, Pending.Action.RESERVE, requestId, at, drawUntil.apply(cell), update,
                    sent));
            keys.add(cell.key());
            asked.add(RequestProgress.sentCell(cell.key(), Pending.Action.RESERVE.name()));
        }
        for (CellRef cell : checked.cancel()) {
            outgoing.add(send(registration, cell, Pending.Action.CANCEL, requestId, at, null, update, sent));
            keys.add(cell.key());
            asked.add(RequestProgress.sentCell(cell.key(), Pending.Action.CANCEL.name()));
        }
        update.set("requests." + requestId, RequestProgress.started(keys, at, clientKey, asked));
        Instant keptSince = at.minus(properties.settledKept());
        registration.requests().forEach((id, progress) -> {
            if (progress.settled() && (progress.requestedAt() == null || progress.requestedAt().isBefore(keptSince))) {
                update.unset("requests." + id);
            }
        });
        return update.push(OutboxEvent.FIELD).each(outgoing.toArray());
    }

    private OutboxEvent send(RegistrationDocument registration, CellRef cell, Pending.Action action, String requestId,
            Instant at, Instant drawUntil, Update update, List<SentCell> sent) {
        ReservationCell pending = registration.cell(cell).withPending(new Pending(action, requestId, at));
        update.set(RegistrationDocument.cellPath(cell), pending);
        sent.add(new SentCell(cell.date().toString(), cell.unit(), action.name(), pending.stateFor(true)));
        return events.command(new SlotCommand(UUID.randomUUID().toString(),
                action == Pending.Action.RESERVE ? SlotCommand.Action.RESERVE : SlotCommand.Action.CANCEL,
                registration.activityId(), cell.date().toString(), cell.unit(), requestId, registration.id(),
                registration.familyId(), registration.childId(), at, drawUntil));
    }

    private static List<ReservationEvents.Cell> json(List<CellRef> cells) {
        return cells.stream().map(cell -> new ReservationEvents.Cell(cell.date().toString(), cell.unit())).toList();
    }
}
