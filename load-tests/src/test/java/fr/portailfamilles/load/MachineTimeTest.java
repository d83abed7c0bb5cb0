package fr.portailfamilles.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineTimeTest {

    @Test
    void theProcessorsLineGivesBusyIdleAndStolenTime() {
        MachineTime.Ticks before = MachineTime.parseStat("""
                cpu  1000 50 300 5000 100 20 30 40 0 0
                cpu0 500 25 150 2500 50 10 15 20 0 0
                intr 12345
                """);
        MachineTime.Ticks after = MachineTime.parseStat("cpu  1700 50 480 5060 110 30 40 160 0 0\n");

        assertThat(before).isEqualTo(new MachineTime.Ticks(1000 + 50 + 300 + 20 + 30, 5000 + 100, 40));
        // 900 busy, 70 idle, 120 stolen ticks in between
        assertThat(after.sharesSince(before)).isEqualTo("busy 83 %, idle 6 %, stolen by the hypervisor 11.0 %");
        assertThat(before.sharesSince(before)).isEqualTo("?");
    }

    @Test
    void anotherFirstLineIsRefused() {
        assertThatThrownBy(() -> MachineTime.parseStat("intr 12345\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MachineTime.parseStat("cpu 1 2 3\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModelNamesEachDistinctProcessorOnce() {
        String cpuinfo = """
                processor\t: 0
                vendor_id\t: AuthenticAMD
                cpu family\t: 25
                model\t\t: 17
                model name\t: AMD EPYC

                processor\t: 1
                vendor_id\t: AuthenticAMD
                cpu family\t: 25
                model\t\t: 17
                model name\t: AMD EPYC
                """;

        assertThat(MachineTime.parseModel(cpuinfo)).isEqualTo("AMD EPYC (family 25, model 17)");
        assertThat(MachineTime.parseModel("processor\t: 0\nmodel name\t: Some ARM core\n"))
                .isEqualTo("Some ARM core");
        assertThat(MachineTime.parseModel("")).isEqualTo("?");
    }
}
