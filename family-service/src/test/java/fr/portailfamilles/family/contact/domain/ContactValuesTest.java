package fr.portailfamilles.family.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactValuesTest {

    @Test
    void phoneNumbersAreKeptInTheFrenchWay() {
        assertThat(PhoneNumbers.normalize("0612345678")).isEqualTo("06 12 34 56 78");
        assertThat(PhoneNumbers.normalize("+33 6 12 34 56 78")).isEqualTo("06 12 34 56 78");
        assertThat(PhoneNumbers.normalize("05.56.03.12.34")).isEqualTo("05 56 03 12 34");
        assertThat(PhoneNumbers.normalize("  ")).isNull();
    }

    @Test
    void refusesWhatIsNotAPhoneNumber() {
        assertThatThrownBy(() -> PhoneNumbers.normalize("12345"))
                .hasFieldOrPropertyWithValue("code", "telephone-invalide")
                .hasMessageContaining("« 12345 »");
    }

    @Test
    void aPostalCodeHasFiveDigits() {
        assertThatThrownBy(() -> new PostalAddress("1 rue", "3312", "Carcans"))
                .hasFieldOrPropertyWithValue("code", "code-postal-invalide");
        assertThat(new PostalAddress(" 1 rue ", "33121", "Carcans").street()).isEqualTo("1 rue");
        assertThat(new PostalAddress("1 rue", null, "Carcans").isComplete()).isFalse();
    }
}
