package fr.portailfamilles.launcher;

import java.nio.file.Path;
import java.util.List;

/** A service process died or did not become ready; the message ends with the tail of its log. */
public final class ServiceStartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String serviceName;
  private final transient List<String> logTail;

  ServiceStartupException(String serviceName, String reason, Path logFile, List<String> logTail) {
    super(reason + System.lineSeparator() + "Last " + logTail.size() + " lines of " + logFile + ":"
        + System.lineSeparator() + String.join(System.lineSeparator(), logTail));
    this.serviceName = serviceName;
    this.logTail = List.copyOf(logTail);
  }

  public String serviceName() {
    return serviceName;
  }

  public List<String> logTail() {
    return logTail;
  }
}
