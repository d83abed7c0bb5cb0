package fr.portailfamilles.reservation.booking;

import fr.portailfamilles.reservation.booking.domain.Holder;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * How a slot stores the children holding or waiting for its places: one string each,
 * {@code "registrationId familyId childId requestId since"} (the instant in ISO-8601), rather than
 * a sub-document each. A slot is rewritten at every one of its decisions and a busy slot of opening
 * morning holds thousands of children: the store copies and compares a document's sub-documents
 * one by one at each update, a list of strings as one list. The order of the lists is the slot's
 * (places taken, waitlist). Holders written as sub-documents by earlier versions are still read.
 */
@Configuration(proxyBeanMethods = false)
class HolderStorage {

    static final char SEPARATOR = ' ';

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.registerConverters(
                List.of(new Writing(), new Reading(), new ReadingSubDocument())));
    }

    static String write(Holder holder) {
        return String.join(String.valueOf(SEPARATOR), id(holder.registrationId()), id(holder.familyId()),
                id(holder.childId()), id(holder.requestId()), holder.since().toString());
    }

    static Holder read(String stored) {
        String[] parts = stored.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("Not a stored holder: " + stored);
        }
        return new Holder(parts[0], parts[1], parts[2], parts[3], Instant.parse(parts[4]));
    }

    /** A holder as stored: a string, or a sub-document as earlier versions wrote it. */
    static Holder readStored(Object stored) {
        return stored instanceof Document document ? new ReadingSubDocument().convert(document) : read((String) stored);
    }

    /** The ids come from the portal's services (UUIDs, {@code fam-…}): none holds a space, and none may. */
    private static String id(String id) {
        if (id.isEmpty() || id.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("An id stored in a slot must be non-empty and without spaces: '"
                    + id + "'");
        }
        return id;
    }

    @WritingConverter
    static final class Writing implements Converter<Holder, String> {
        @Override
        public String convert(Holder holder) {
            return write(holder);
        }
    }

    @ReadingConverter
    static final class Reading implements Converter<String, Holder> {
        @Override
        public Holder convert(String stored) {
            return read(stored);
        }
    }

    /** A holder as earlier versions stored it. */
    @ReadingConverter
    static final class ReadingSubDocument implements Converter<Document, Holder> {
        @Override
        public Holder convert(Document stored) {
            return new Holder(stored.getString("registrationId"), stored.getString("familyId"),
                    stored.getString("childId"), stored.getString("requestId"),
                    stored.get("since", Date.class).toInstant());
        }
    }
}
