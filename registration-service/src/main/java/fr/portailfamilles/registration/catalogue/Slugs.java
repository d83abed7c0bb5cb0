package fr.portailfamilles.registration.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ids made from French names: « ALSH des Mercredis » becomes {@code alsh-des-mercredis}. */
final class Slugs {

    private static final int LONGEST = 60;

    private Slugs() {
    }

    static String of(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String cut = plain.length() > LONGEST ? plain.substring(0, LONGEST).replaceAll("-+$", "") : plain;
        return cut.isEmpty() ? "activite" : cut;
    }
}
