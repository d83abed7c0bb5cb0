package fr.portailfamilles.registration.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.catalogue.domain.ActivityPeriod;
import fr.portailfamilles.registration.catalogue.domain.ReservationDeadline;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The catalogue's integration event: after every change, the activity's whole schedule, so that a
 * consumer can (re)build its slots from the latest event alone. Key = activity id.
 */
@Component
public class CatalogueEvents {

    public static final String TOPIC = "registration.activity.v1";
    public static final String ACTIVITY_PUBLISHED = "fr.portailfamilles.registration.activity-published.v1";

    private final OutboxEvents outboxEvents;

    CatalogueEvents(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    public OutboxEvent published(Activity activity) {
        return outboxEvents.create(TOPIC, activity.id(), ACTIVITY_PUBLISHED, ActivityPublishedV1.of(activity));
    }

    /** Payload of {@code fr.portailfamilles.registration.activity-published.v1}. */
    public record ActivityPublishedV1(String activityId, String name, String kind, int ageMin, int ageMax,
            SeasonV1 season, List<PeriodV1> periods, List<DayOfWeek> weekdays, List<UnitV1> units,
            List<LocalDate> closedDays, DeadlineV1 deadline, boolean autoApprove, Instant publishedAt) {

        static ActivityPublishedV1 of(Activity activity) {
            return new ActivityPublishedV1(activity.id(), activity.name(), activity.kind().name(),
                    activity.ages().min(), activity.ages().max(),
                    new SeasonV1(activity.season().id(), activity.season().label(), activity.season().start(),
                            activity.season().end()),
                    activity.periods().stream().map(period -> PeriodV1.of(activity, period)).toList(),
                    List.copyOf(activity.weekdays()),
                    activity.units().stream().map(unit -> new UnitV1(unit.code(), unit.row().name(), unit.label()))
                            .toList(),
                    List.copyOf(activity.closedDays()), DeadlineV1.of(activity.deadline()), activity.autoApprove(),
                    activity.updatedAt());
        }
    }

    /** The season: the registration's validity bounds. */
    public record SeasonV1(String id, String label, LocalDate start, LocalDate end) {
    }

    /** A period, both dates included, with the weekdays the activity runs on in it. */
    public record PeriodV1(String id, String kind, String label, LocalDate start, LocalDate end,
            List<DayOfWeek> weekdays) {

        static PeriodV1 of(Activity activity, ActivityPeriod period) {
            return new PeriodV1(period.id(), period.kind().name(), period.label(), period.start(), period.end(),
                    List.copyOf(activity.weekdaysIn(period)));
        }
    }

    public record UnitV1(String code, String row, String label) {
    }

    /** {@code days} only for {@code WORKING_DAYS_BEFORE}; {@code time} is {@code HH:mm}, town time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadlineV1(String kind, Integer days, String time) {

        static DeadlineV1 of(ReservationDeadline deadline) {
            return new DeadlineV1(deadline.kind().name(), deadline.days(), "%02d:%02d".formatted(
                    deadline.time().getHour(), deadline.time().getMinute()));
        }
    }
}
