package fr.portailfamilles.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's JVM options as {@code ./start-portal.sh} passes them: its defaults bound the heap
 * and fix the young generation, and what the operator gives comes after them. Runs a copy of the
 * script next to an empty launcher jar, with a {@code java} that prints its arguments instead of
 * starting anything.
 */
class StartScriptTest {

  private static final String DEFAULTS = "-Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx2g -Xmn512m";
  private static final String JAR = "-jar launcher/target/launcher-exec.jar";

  @TempDir
  Path checkout;

  @BeforeEach
  void copyScriptNextToAJarAndAJavaThatEchoes() throws IOException {
    Files.copy(Path.of("..", "start-portal.sh"), checkout.resolve("start-portal.sh"),
        StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(checkout.resolve("launcher/target"));
    Files.createFile(checkout.resolve("launcher/target/launcher-exec.jar"));
    Path java = Files.createDirectories(checkout.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void withoutOptionsTheLauncherRunsOnSerialGcWithABoundedHeap() throws Exception {
    assertThat(javaCommand(null)).isEqualTo(DEFAULTS + " " + JAR);
  }

  @Test
  void settingsGivenComeAfterTheDefaultsInsteadOfReplacingThem() throws Exception {
    assertThat(javaCommand("-Dportail.data=/tmp/portail -Xmx3g"))
        .isEqualTo(DEFAULTS + " -Dportail.data=/tmp/portail -Xmx3g " + JAR);
  }

  @Test
  void aCollectorGivenReplacesSerialGcAndItsYoungGenerationSinceTheJvmRefusesTwoCollectors() throws Exception {
    assertThat(javaCommand("-XX:+UseG1GC")).isEqualTo(
        "-Xss512k -XX:TieredStopAtLevel=1 -Xmx2g -XX:+UseG1GC " + JAR);
    assertThat(javaCommand("-XX:+UseZGC -Xlog:gc")).isEqualTo(
        "-Xss512k -XX:TieredStopAtLevel=1 -Xmx2g -XX:+UseZGC -Xlog:gc " + JAR);
    // a flag that only looks like one keeps the default collector
    assertThat(javaCommand("-XX:+UseGCOverheadLimit")).isEqualTo(DEFAULTS + " -XX:+UseGCOverheadLimit " + JAR);
  }

  private String javaCommand(String launcherOptions) throws Exception {
    ProcessBuilder script = new ProcessBuilder("bash", "start-portal.sh", "--no-build")
        .directory(checkout.toFile()).redirectErrorStream(true);
    script.environment().put("JAVA_HOME", checkout.resolve("jdk").toString());
    script.environment().remove("PORTAIL_LAUNCHER_JVM_OPTS");
    if (launcherOptions != null) {
      script.environment().put("PORTAIL_LAUNCHER_JVM_OPTS", launcherOptions);
    }
    Process process = script.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
