package fr.portailfamilles.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineTest {

    @Test
    void theProcessorsLineGivesBusyIdleAndStolenTime() {
        Machine.Ticks before = Machine.parseStat("""
                cpu  1000 50 300 5000 100 20 30 40 0 0
                cpu0 500 25 150 2500 50 10 15 20 0 0
                intr 12345
                """);
        Machine.Ticks after = Machine.parseStat("cpu  1700 50 480 5060 110 30 40 160 0 0\n");

        assertThat(before).isEqualTo(new Machine.Ticks(1000 + 50 + 300 + 20 + 30, 5000 + 100, 40));
        // 900 busy, 70 idle, 120 stolen ticks in between
        assertThat(after.sharesSince(before)).isEqualTo("busy 83 %, idle 6 %, stolen by the hypervisor 11.0 %");
        assertThat(before.sharesSince(before)).isEqualTo("?");
    }

    @Test
    void anotherFirstLineIsRefused() {
        assertThatThrownBy(() -> Machine.parseStat("intr 12345\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Machine.parseStat("cpu 1 2 3\n")).isInstanceOf(IllegalArgumentException.class);
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

        assertThat(Machine.parseModel(cpuinfo)).isEqualTo("AMD EPYC (family 25, model 17)");
        assertThat(Machine.parseModel("processor\t: 0\nmodel name\t: Some ARM core\n"))
                .isEqualTo("Some ARM core");
        assertThat(Machine.parseModel("")).isEqualTo("?");
    }

    @Test
    void theMemoryIsItsTotalInWholeGibibytes() {
        assertThat(Machine.parseMemory("MemTotal:       24524288 kB\nMemFree:  100 kB\n")).isEqualTo("23 GiB");
        assertThat(Machine.parseMemory("MemFree:  100 kB\n")).isEqualTo("?");
    }
}
