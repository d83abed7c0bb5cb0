package fr.portailfamilles.billing.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;

/** Amounts in euros: always two decimals, rounded half up, written the French way. */
public final class Euros {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Euros() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return of(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Whether the amount has no more than two decimals, as a payment or a tariff must. */
    public static boolean isCents(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }

    /** « 1 234,50 € » (with a narrow no-break space as the thousands separator). */
    public static String french(BigDecimal amount) {
        return number(amount) + "\u00a0€";
    }

    /** « 1234,50 », as spreadsheets expect in a French CSV. */
    public static String plain(BigDecimal amount) {
        return of(amount).toPlainString().replace('.', ',');
    }

    private static String number(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(of(amount));
    }
}
