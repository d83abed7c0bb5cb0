package fr.portailfamilles.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.convert.UpdateMapper;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** An update converted without Spring Data's update mapping is the one that mapping would have sent. */
class ConvertedUpdatesTest {

    enum Booking { CONFIRMED, WAITLISTED }

    record Cell(Booking booking, Integer position, Instant at, String requestId) {
    }

    record Progress(List<String> undecided, int total, boolean settled, Instant requestedAt) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("grids")
    record Grid(@Id String id, Map<String, Cell> cells, Map<String, Progress> requests, List<String> appliedEvents,
            List<Cell> history, long revision) {
    }

    // the client connects lazily: nothing here reaches a server
    private final MongoClient client = MongoClients.create("mongodb://localhost:1");
    private final MappingMongoConverter converter = converter();
    private final ConvertedUpdates updates = new ConvertedUpdates(
            new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "test"), converter));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void convertsEveryOperatorsValuesAsTheUpdateMapperDoes() {
        Instant at = Instant.parse("2027-01-04T07:30:00.123Z");
        Update update = new Update()
                .set("cells.2027-01-04|matin", new Cell(Booking.WAITLISTED, 3, at, "r-1"))
                .set("cells.2027-01-05|soir", new Cell(Booking.CONFIRMED, null, at, null))
                .unset("cells.2027-01-06|matin")
                .set("requests.r-1", new Progress(List.of("2027-01-04|matin"), 2, false, at))
                .set("history", List.of(new Cell(Booking.CONFIRMED, null, at, "r-0")))
                .set("status", Booking.CONFIRMED)
                .inc("revision", 1);
        update.push("appliedEvents").slice(-500).each("e-1", "e-2");
        update.push("outbox").each(new Cell(Booking.CONFIRMED, 1, at, "r-2"));

        Document converted = updates.converted(update);

        assertThat(converted).isEqualTo(withoutTypeHints(mapped(update)));
        assertThat(converted.get("$set", Document.class).get("cells.2027-01-04|matin", Document.class))
                .isEqualTo(new Document("booking", "WAITLISTED").append("position", 3)
                        .append("at", java.util.Date.from(at)).append("requestId", "r-1"));
        assertThat(converted.get("$push", Document.class).get("appliedEvents", Document.class))
                .isEqualTo(new Document("$each", List.of("e-1", "e-2")).append("$slice", -500));
    }

    @Test
    void storesValuesThatReadBackAsTheirDeclaredTypes() {
        Cell cell = new Cell(Booking.WAITLISTED, 3, Instant.parse("2027-01-04T07:30:00.123Z"), "r-1");
        Document converted = updates.converted(new Update().set("cells.2027-01-04|matin", cell));

        Document stored = new Document("_id", "g-1").append("cells",
                new Document("2027-01-04|matin", converted.get("$set", Document.class).get("cells.2027-01-04|matin")))
                .append("revision", 4L);

        assertThat(converter.read(Grid.class, stored).cells()).containsEntry("2027-01-04|matin", cell);
    }

    @Test
    void updatesOfSeveralDocumentsGoInOneBulkWriteThatCountsThoseThatMatched() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient local = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoTemplate mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(local, "test"), converter);
            mongo.getCollection("grids").insertMany(List.of(new Document("_id", "g-1").append("revision", 1L),
                    new Document("_id", "g-2").append("revision", 5L)));
            Cell cell = new Cell(Booking.CONFIRMED, null, Instant.parse("2027-01-04T07:30:00Z"), "r-1");

            int matched = new ConvertedUpdates(mongo).updateEach(List.of(
                    new ConvertedUpdates.Conditional(sameRevision("g-1", 1), new Update()
                            .set("cells.2027-01-04|matin", cell).inc("revision", 1)),
                    new ConvertedUpdates.Conditional(sameRevision("g-2", 4), new Update().inc("revision", 1))),
                    Grid.class);

            assertThat(matched).as("g-2 moved on since revision 4").isEqualTo(1);
            assertThat(mongo.findById("g-1", Grid.class).cells()).containsEntry("2027-01-04|matin", cell);
            assertThat(mongo.findById("g-2", Grid.class).revision()).isEqualTo(5L);
            assertThat(new ConvertedUpdates(mongo).updateEach(List.of(), Grid.class)).isZero();
        } finally {
            server.shutdownNow();
        }
    }

    private static Query sameRevision(String id, long revision) {
        return Query.query(Criteria.where("_id").is(id).and("revision").is(revision));
    }

    /**
     * The mapper's update less the type hints ({@code _class}) it leaves on values under map keys,
     * whose paths it cannot type: the declared types of these records read them back without.
     */
    private static Object withoutTypeHints(Object value) {
        if (value instanceof Document document) {
            Document copy = new Document();
            document.forEach((key, inner) -> {
                if (!"_class".equals(key)) {
                    copy.put(key, withoutTypeHints(inner));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ConvertedUpdatesTest::withoutTypeHints).toList();
        }
        return value;
    }

    private Document mapped(Update update) {
        return new UpdateMapper(converter).getMappedObject(update.getUpdateObject(),
                converter.getMappingContext().getRequiredPersistentEntity(Grid.class));
    }

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
