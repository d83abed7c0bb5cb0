package fr.portailfamilles.registration.catalogue.domain;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Days of the week kept in calendar order, so that they read and serialise Monday first. */
public final class Weekdays {

    private Weekdays() {
    }

    public static Set<DayOfWeek> of(Collection<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** « lundi, mardi, jeudi, vendredi ». */
    public static String label(Set<DayOfWeek> days) {
        return days.stream().map(day -> day.getDisplayName(TextStyle.FULL, Locale.FRANCE))
                .collect(Collectors.joining(", "));
    }
}
