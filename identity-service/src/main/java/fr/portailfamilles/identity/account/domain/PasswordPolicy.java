package fr.portailfamilles.identity.account.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password rules, after the ANSSI recommendations: length matters more than composition, so
 * there is a minimum length and no rule on digits or symbols, but the obvious guesses are refused
 * (the login itself, very common passwords and their variants with a few digits at the end).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** The adaptive hash (bcrypt) reads at most 72 bytes; 64 characters stay below for any French text. */
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the list of common passwords shipped with the service. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses, with a French explanation, a password that breaks a rule for the account {@code email}. */
    public void check(String password, String email) {
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            throw refusal("mot-de-passe-trop-court", "Le mot de passe doit contenir au moins %d caractères."
                    .formatted(MIN_LENGTH));
        }
        if (length > MAX_LENGTH || candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refusal("mot-de-passe-trop-long", "Le mot de passe ne doit pas dépasser %d caractères."
                    .formatted(MAX_LENGTH));
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (email != null && isTheLogin(lower, email.toLowerCase(Locale.ROOT))) {
            throw refusal("mot-de-passe-identifiant", "Le mot de passe ne doit pas reprendre votre adresse e-mail.");
        }
        if (isCommon(lower)) {
            throw refusal("mot-de-passe-trop-courant",
                    "Ce mot de passe est trop courant et serait vite deviné. Choisissez par exemple une phrase "
                            + "de plusieurs mots qui n'appartient qu'à vous.");
        }
    }

    private static boolean isTheLogin(String password, String email) {
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        return password.contains(email) || password.equals(localPart);
    }

    private boolean isCommon(String password) {
        if (password.codePoints().distinct().count() <= 2) {
            return true;
        }
        String withoutTrailingDigitsAndSymbols = password.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        return common.contains(password) || common.contains(withoutTrailingDigitsAndSymbols);
    }

    private static DomainProblem refusal(String code, String message) {
        return DomainProblem.unprocessable(code, message);
    }
}
