package fr.portailfamilles.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** A MongoDB wire-protocol server whose data lives in one H2 file, so it survives restarts. */
final class MongoWireServer implements AutoCloseable {

  private final Path file;
  private final int port;
  private MongoServer server;

  MongoWireServer(Path file, int port) {
    this.file = file;
    this.port = port;
  }

  void start() throws IOException {
    Files.createDirectories(file.getParent());
    H2Backend backend = new H2Backend(file.toString());
    MongoServer candidate = new MongoServer(backend);
    try {
      candidate.bind("localhost", port);
    } catch (RuntimeException e) {
      // the store holds a lock on the file: release it or the next attempt cannot open it
      backend.close();
      throw e;
    }
    server = candidate;
  }

  @Override
  public void close() {
    if (server == null) {
      return;
    }
    // shutdown also closes the H2 store, which writes it out so the file is whole on the next start
    server.shutdown();
    server = null;
  }
}
