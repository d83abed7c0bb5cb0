package fr.portailfamilles.billing.support;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Notifications as the simulated provider signs them, written here independently of the service's code. */
public final class SignedNotifications {

    private SignedNotifications() {
    }

    public static Map<String, String> signed(String secret, Map<String, String> fields) {
        Map<String, String> sorted = new TreeMap<>(fields);
        String canonical = sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            sorted.put("signature", HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sorted;
    }
}
