package fr.portailfamilles.billing.usage;

import fr.portailfamilles.billing.usage.domain.Attendance;
import fr.portailfamilles.billing.usage.domain.CancellationReason;
import fr.portailfamilles.billing.usage.domain.ReservationStatus;
import fr.portailfamilles.platform.messaging.AppliedEvents;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The record of billable facts. Each reservation event changes its cell's record once (the record
 * remembers the event ids it applied); one registration's events arrive in order (same key).
 */
@Service
public class UsageLedger {

    private final MongoTemplate mongo;
    private final AppliedEvents appliedEvents;

    UsageLedger(MongoTemplate mongo, AppliedEvents appliedEvents) {
        this.mongo = mongo;
        this.appliedEvents = appliedEvents;
        mongo.indexOps(UsageRecord.COLLECTION).createIndex(new Index().on("month", Sort.Direction.ASC)
                .on("familyId", Sort.Direction.ASC));
    }

    /** The cell of one event: who, what, when. */
    public record Cell(String registrationId, String familyId, String childId, String activityId, LocalDate date,
            String unit) {
    }

    /** What one reservation event changes in its cell's record. */
    record Fact(String eventId, Cell cell, Update change) {

        static Fact confirmed(String eventId, Cell cell) {
            return new Fact(eventId, cell, new Update().set("reservation", ReservationStatus.CONFIRMED)
                    .unset("reason"));
        }

        static Fact cancelled(String eventId, Cell cell, CancellationReason reason) {
            return new Fact(eventId, cell, new Update().set("reservation", ReservationStatus.CANCELLED)
                    .set("reason", reason));
        }

        static Fact attendance(String eventId, Cell cell, boolean present, boolean justified, boolean unexpected) {
            return new Fact(eventId, cell, new Update()
                    .set("attendance", present ? Attendance.PRESENT : Attendance.ABSENT)
                    .set("justified", !present && justified).set("unexpected", present && unexpected));
        }
    }

    /**
     * Records the facts in their order, each once (a fact whose event its record applied already
     * changes nothing), with one bulk write for them all.
     */
    void record(List<Fact> facts) {
        appliedEvents.applyAllOnce(UsageRecord.COLLECTION, facts.stream().map(UsageLedger::change).toList(), true);
    }

    public List<UsageRecord> ofMonth(YearMonth month) {
        return mongo.find(Query.query(Criteria.where("month").is(month.toString())), UsageRecord.class,
                UsageRecord.COLLECTION);
    }

    public List<UsageRecord> ofFamilyAndMonth(String familyId, YearMonth month) {
        return mongo.find(Query.query(Criteria.where("month").is(month.toString()).and("familyId").is(familyId)),
                UsageRecord.class, UsageRecord.COLLECTION);
    }

    /** Notes which invoice took these records; informative, the invoice keeps its own list. */
    public void markInvoiced(Collection<String> usageIds, String invoiceId) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(usageIds)), new Update().set("invoiceId", invoiceId),
                UsageRecord.COLLECTION);
    }

    private static AppliedEvents.Change change(Fact fact) {
        Cell cell = fact.cell();
        Update change = fact.change().set("registrationId", cell.registrationId()).set("familyId", cell.familyId())
                .set("childId", cell.childId()).set("activityId", cell.activityId()).set("date", cell.date())
                .set("unit", cell.unit()).set("month", YearMonth.from(cell.date()).toString());
        return new AppliedEvents.Change(UsageRecord.idOf(cell.registrationId(), cell.date(), cell.unit()),
                fact.eventId(), change);
    }
}
