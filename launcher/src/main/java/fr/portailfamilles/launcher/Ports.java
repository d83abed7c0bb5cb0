package fr.portailfamilles.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Port numbers read from overrides, or picked free by the operating system. */
final class Ports {

  private Ports() {
  }

  static int fromProperty(Properties properties, String key, int fallback) {
    return IntegerProperty.read(properties, key, fallback, "a port number");
  }

  /** Holds every socket open until all are chosen, so the same port is never handed out twice. */
  static int[] free(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port", e);
    } finally {
      sockets.forEach(Ports::closeQuietly);
    }
  }

  /**
   * Fails when something already listens on the port. Without this, a readiness probe could be
   * answered by another program, such as a portal started earlier, and the stack would look ready.
   */
  static void requireFree(String user, int port) {
    try (ServerSocket ignored = new ServerSocket(port)) {
      // bound on all interfaces, so a listener on any of them is noticed
    } catch (IOException e) {
      throw new IllegalStateException("Port " + port + " needed by " + user + " is already in use"
          + " (another portal still running?): " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the port is released either way when the socket is collected
    }
  }
}
