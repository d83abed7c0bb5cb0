package fr.portailfamilles.launcher;

import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.standalone.GreenMailApiResource;
import com.icegreen.greenmail.standalone.GreenMailApiServerBuilder.GreenMailApiJdkServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** An SMTP server that keeps every mail in memory and shows it over GreenMail's REST API. */
final class MailCatcher implements AutoCloseable {

  /**
   * Jersey warns through java.util.logging about WADL and provider checks that do not matter here.
   * Held in a field because java.util.logging forgets the level of a logger nobody references.
   */
  private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish.jersey");

  static {
    JERSEY_LOG.setLevel(Level.SEVERE);
  }

  private final int smtpPort;
  private final int apiPort;
  private GreenMail greenMail;
  private GreenMailApiJdkServer api;

  MailCatcher(int smtpPort, int apiPort) {
    this.smtpPort = smtpPort;
    this.apiPort = apiPort;
  }

  void start() {
    ServerSetup smtp = new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP);
    // services may send as anyone and a person may read any mailbox: this is a catcher, not a mail server
    GreenMailConfiguration configuration = GreenMailConfiguration.aConfig().withDisabledAuthentication();
    greenMail = new GreenMail(smtp);
    greenMail.withConfiguration(configuration);
    greenMail.start();
    api = new GreenMailApiJdkServer(URI.create("http://localhost:" + apiPort + "/"),
        new GreenMailApiResource(greenMail, new ServerSetup[] {smtp}, configuration));
    api.start();
  }

  @Override
  public void close() {
    if (api != null) {
      api.stop();
      api = null;
    }
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }
}
