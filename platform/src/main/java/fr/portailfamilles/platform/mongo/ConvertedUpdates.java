package fr.portailfamilles.platform.mongo;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Conditional updates whose values are converted once by the mapping converter, as they are
 * stored, without Spring Data's update mapping: that one resolves every path of the update
 * against the entity's properties ({@code cells.2027-01-04|matin}, {@code requests.<id>}…), which
 * took 8 % of reservation-service's CPU samples on opening morning for updates that name stored
 * field paths already. For updates whose paths are the stored names (no {@code @Field} renaming on the
 * way) and whose values are of the declared types, never subtypes: values are stored without the
 * type hint ({@code _class}) Spring Data leaves on values under map keys, and read back as the
 * declared type. The filter is still mapped by Spring Data, so that ids compare as they are stored.
 */
public final class ConvertedUpdates {

    private final MongoTemplate mongo;
    private final MongoConverter converter;
    private final QueryMapper queryMapper;

    public ConvertedUpdates(MongoTemplate mongo) {
        this.mongo = mongo;
        this.converter = mongo.getConverter();
        this.queryMapper = new QueryMapper(converter);
    }

    /**
     * Applies {@code update} to the first document of {@code type}'s collection matching
     * {@code query}, as {@link MongoTemplate#updateFirst} would.
     *
     * @return whether a document matched
     */
    public boolean updateFirst(Query query, Update update, Class<?> type) {
        MongoPersistentEntity<?> entity = converter.getMappingContext().getRequiredPersistentEntity(type);
        Document filter = queryMapper.getMappedObject(query.getQueryObject(), entity);
        Document converted = converted(update);
        return mongo.execute(entity.getCollection(), collection -> collection.updateOne(filter, converted))
                .getMatchedCount() == 1;
    }

    /** A conditional update: {@code update} applied to the first document matching {@code query}. */
    public record Conditional(Query query, Update update) {
    }

    /**
     * Applies each update to the first document of {@code type}'s collection matching its query,
     * as {@link #updateFirst} would, with one unordered bulk write: for updates of different
     * documents, whose order does not matter.
     *
     * @return how many of the updates matched a document
     */
    public int updateEach(List<Conditional> writes, Class<?> type) {
        if (writes.isEmpty()) {
            return 0;
        }
        MongoPersistentEntity<?> entity = converter.getMappingContext().getRequiredPersistentEntity(type);
        List<UpdateOneModel<Document>> models = writes.stream()
                .map(write -> new UpdateOneModel<Document>(queryMapper.getMappedObject(write.query().getQueryObject(),
                        entity), converted(write.update())))
                .toList();
        return mongo.execute(entity.getCollection(), collection -> collection.bulkWrite(models,
                new BulkWriteOptions().ordered(false))).getMatchedCount();
    }

    /** The update as the driver takes it: every operator's values converted, modifiers ($each, $slice…) kept. */
    Document converted(Update update) {
        Document converted = new Document();
        for (Map.Entry<String, Object> operator : update.getUpdateObject().entrySet()) {
            Document fields = new Document();
            ((Document) operator.getValue()).forEach((path, value) -> fields.put(path, value(value)));
            converted.put(operator.getKey(), fields);
        }
        return converted;
    }

    private Object value(Object value) {
        if (value instanceof Update.Modifiers modifiers) {
            Document document = new Document();
            modifiers.getModifiers().forEach(modifier -> document.put(modifier.getKey(), value(modifier.getValue())));
            return document;
        }
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(this::value).toList();
        }
        return converter.convertToMongoType(value);
    }
}
