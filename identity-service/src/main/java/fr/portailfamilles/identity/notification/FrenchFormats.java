package fr.portailfamilles.identity.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, months and amounts as a French letter writes them. */
public final class FrenchFormats {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", FRENCH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);

    private FrenchFormats() {
    }

    /** « mercredi 2 décembre 2026 », « mardi 1er décembre 2026 ». */
    public static String day(LocalDate date) {
        String dayOfMonth = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return WEEKDAY.format(date) + " " + dayOfMonth + " " + MONTH_YEAR.format(date);
    }

    /** « novembre 2026 ». */
    public static String month(YearMonth month) {
        return MONTH_YEAR.format(month);
    }

    /** « 23,40 € ». */
    public static String euros(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(FRENCH).format(amount);
    }
}
