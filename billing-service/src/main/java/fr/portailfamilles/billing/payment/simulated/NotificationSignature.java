package fr.portailfamilles.billing.payment.simulated;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The simulated provider's signature: HMAC-SHA256, with the shared secret, of the notification's
 * fields sorted by name ({@code amount=…&outcome=…&reference=…}), the signature field excluded;
 * written in lower-case hexadecimal in the field {@code signature}.
 */
final class NotificationSignature {

    static final String FIELD = "signature";

    private final byte[] secret;

    NotificationSignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("The simulated provider needs a signing secret");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String sign(Map<String, String> fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical(fields).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Compares in constant time, so the comparison tells an attacker nothing. */
    boolean verify(Map<String, String> fields) {
        String given = fields.get(FIELD);
        return given != null && MessageDigest.isEqual(sign(fields).getBytes(StandardCharsets.UTF_8),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    static String canonical(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream()
                .filter(field -> !FIELD.equals(field.getKey()))
                .map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining("&"));
    }
}
