package fr.portailfamilles.family.contact.domain;

/** Trims what people type and treats a blank answer as no answer. */
public final class Text {

    private Text() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
