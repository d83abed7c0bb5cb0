package fr.portailfamilles.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB wire-protocol server whose data lives in one H2 file, so it survives restarts. Queries
 * that pin {@code _id} are answered from the {@code _id} index (see {@link IdIndexedH2Collection}).
 */
final class MongoWireServer implements AutoCloseable {

  private final Path file;
  private final int port;
  private MongoServer server;
  private IdIndexedH2Backend backend;

  MongoWireServer(Path file, int port) {
    this.file = file;
    this.port = port;
  }

  void start() throws IOException {
    Files.createDirectories(file.getParent());
    IdIndexedH2Backend candidateBackend = new IdIndexedH2Backend(file.toString());
    MongoServer candidate = new MongoServer(candidateBackend);
    try {
      candidate.bind("localhost", port);
    } catch (RuntimeException e) {
      // the store holds a lock on the file: release it or the next attempt cannot open it
      candidateBackend.close();
      throw e;
    }
    server = candidate;
    backend = candidateBackend;
  }

  /** The backend while the server runs, for tests that look at how queries were answered. */
  IdIndexedH2Backend backend() {
    return backend;
  }

  @Override
  public void close() {
    if (server == null) {
      return;
    }
    // shutdown also closes the H2 store, which writes it out so the file is whole on the next start
    server.shutdown();
    server = null;
    backend = null;
  }
}
