package fr.portailfamilles.registration.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores calendar dates as ISO strings ({@code 2026-09-01}) and times of day as {@code HH:mm}:
 * a date of the school calendar has no time zone, and the default mapping to a BSON instant at
 * midnight of the JVM's zone would shift it on a machine set to another zone.
 */
@Configuration(proxyBeanMethods = false)
class MongoDates {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new DateToText(), new TextToDate(), new TimeToText(),
                new TextToTime()));
    }

    @WritingConverter
    static final class DateToText implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate date) {
            return date.toString();
        }
    }

    @ReadingConverter
    static final class TextToDate implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String text) {
            return LocalDate.parse(text);
        }
    }

    @WritingConverter
    static final class TimeToText implements Converter<LocalTime, String> {
        @Override
        public String convert(LocalTime time) {
            return time.toString();
        }
    }

    @ReadingConverter
    static final class TextToTime implements Converter<String, LocalTime> {
        @Override
        public LocalTime convert(String text) {
            return LocalTime.parse(text);
        }
    }
}
