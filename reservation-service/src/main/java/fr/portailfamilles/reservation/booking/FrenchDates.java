package fr.portailfamilles.reservation.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the families read them: « lundi 2 novembre 2026 ». */
public final class FrenchDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH);

    private FrenchDates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String moment(LocalDateTime moment) {
        return MOMENT.format(moment);
    }
}
