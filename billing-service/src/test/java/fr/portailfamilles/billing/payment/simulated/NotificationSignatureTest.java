package fr.portailfamilles.billing.payment.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSignatureTest {

    final NotificationSignature signature = new NotificationSignature("secret");

    @Test
    void signsTheSortedFieldsWithHmacSha256() {
        Map<String, String> fields = new HashMap<>(Map.of("reference", "R1", "amount", "12.50", "outcome", "PAID"));
        assertThat(NotificationSignature.canonical(fields)).isEqualTo("amount=12.50&outcome=PAID&reference=R1");
        // echo -n 'amount=12.50&outcome=PAID&reference=R1' | openssl dgst -sha256 -hmac secret
        assertThat(signature.sign(fields)).isEqualTo("6ae72c2e40ca4596cdc94315a3fab715bd7372fb870c4b5882ca8d4526e5eca1");
        fields.put("signature", signature.sign(fields));
        assertThat(signature.verify(fields)).isTrue();
    }

    @Test
    void refusesATamperedOrUnsignedNotification() {
        Map<String, String> fields = new HashMap<>(Map.of("reference", "R1", "amount", "12.50", "outcome", "PAID"));
        fields.put("signature", signature.sign(fields));
        fields.put("amount", "1.00");
        assertThat(signature.verify(fields)).isFalse();
        fields.remove("signature");
        assertThat(signature.verify(fields)).isFalse();
        Map<String, String> otherKey = new HashMap<>(Map.of("reference", "R1"));
        otherKey.put("signature", new NotificationSignature("other").sign(otherKey));
        assertThat(signature.verify(otherKey)).isFalse();
    }
}
