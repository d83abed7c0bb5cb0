package fr.portailfamilles.family.file.domain;

import java.security.SecureRandom;

/** Readable, unguessable ids: {@code fam-…}, {@code chd-…}, {@code gdn-…}, {@code ccr-…}. */
public final class Ids {

    public static final String FAMILY = "fam";
    public static final String CHILD = "chd";
    public static final String GUARDIAN = "gdn";
    public static final String CONTACT_CHANGE = "ccr";

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('-');
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
