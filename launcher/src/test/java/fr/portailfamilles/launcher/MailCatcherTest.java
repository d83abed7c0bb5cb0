package fr.portailfamilles.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailCatcherTest {

  private static final int MAILS_KEPT = 10;
  private static final String[] PARENTS = {"claire.martin@example.fr", "karim.benali@example.fr", "lea.roux@example.fr"};

  private final int[] ports = Ports.free(2);
  private final MailCatcher catcher = new MailCatcher(ports[0], ports[1], MAILS_KEPT);

  @BeforeEach
  void start() {
    catcher.start();
  }

  @AfterEach
  void stop() {
    catcher.close();
  }

  @Test
  void keepsTheLatestMailsAndDropsTheOldest() throws Exception {
    for (int mail = 1; mail <= 30; mail++) {
      send(PARENTS[mail % PARENTS.length], "Message " + mail + " du portail");
    }

    String held = String.join("\n", mailbox(PARENTS[0]), mailbox(PARENTS[1]), mailbox(PARENTS[2]));
    long count = IntStream.rangeClosed(1, 30).filter(mail -> held.contains("Message " + mail + " du")).count();
    assertThat(count).as("at most the mails kept plus a tenth, between two clean-ups").isBetween(10L, 11L);
    IntStream.rangeClosed(26, 30).forEach(latest -> assertThat(held).contains("Message " + latest + " du"));
    IntStream.rangeClosed(1, 15).forEach(old -> assertThat(held).doesNotContain("Message " + old + " du"));
  }

  @Test
  void aMailboxEmptiedOfItsOldMailsReceivesTheNextOne() throws Exception {
    send(PARENTS[0], "Ouverture de votre compte");
    for (int mail = 1; mail <= 20; mail++) {
      send(PARENTS[1], "Rappel " + mail);
    }
    assertThat(mailbox(PARENTS[0])).doesNotContain("Ouverture de votre compte");

    send(PARENTS[0], "Facture de novembre");

    assertThat(mailbox(PARENTS[0])).contains("Facture de novembre");
  }

  private void send(String to, String subject) {
    GreenMailUtil.sendTextEmail(to, "noreply@portail.fr", subject, "Bonjour",
        new ServerSetup(ports[0], "localhost", ServerSetup.PROTOCOL_SMTP));
  }

  private String mailbox(String email) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + ports[1] + "/api/user/" + email + "/messages"))
            .GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
