package fr.portailfamilles.reservation.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.reservation.booking.domain.Holder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HolderStorageTest {

    @Test
    void aHolderIsOneReadableStringAndReadsBackEqual() {
        Holder holder = new Holder("3f2c9e0a-1b7d-4c55-9f0e-2a6b8d1e4c77", "fam-abc23def45gh", "chd-xyz98wvu76ts",
                "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", Instant.parse("2026-11-28T08:30:00.123Z"));

        String stored = HolderStorage.write(holder);

        assertThat(stored).isEqualTo("3f2c9e0a-1b7d-4c55-9f0e-2a6b8d1e4c77 fam-abc23def45gh chd-xyz98wvu76ts "
                + "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d 2026-11-28T08:30:00.123Z");
        assertThat(HolderStorage.read(stored)).isEqualTo(holder);
    }

    @Test
    void anIdThatWouldBreakTheFormatIsRefusedRatherThanStoredAmbiguously() {
        Holder spaced = new Holder("reg 1", "fam-1", "chd-1", "req-1", Instant.parse("2026-11-28T08:30:00Z"));

        assertThatThrownBy(() -> HolderStorage.write(spaced)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'reg 1'");
        assertThatThrownBy(() -> HolderStorage.read("reg-1 fam-1 chd-1 2026-11-28T08:30:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
