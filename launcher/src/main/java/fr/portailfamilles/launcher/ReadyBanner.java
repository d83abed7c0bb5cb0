package fr.portailfamilles.launcher;

import java.time.Duration;
import java.util.Locale;

/** What an operator needs once the portal is up: where to go, how to sign in, what it costs. */
final class ReadyBanner {

  private ReadyBanner() {
  }

  static String render(StackSettings settings, Duration startup, long rssKilobytes) {
    InfrastructureSettings infrastructure = settings.infrastructure();
    String portal = settings.services().gateway().baseUrl().toString();
    StringBuilder banner = new StringBuilder()
        .append("\n========================================================================\n")
        .append(" Portail Familles is ready\n")
        .append("========================================================================\n")
        .append(line("Portal", portal))
        .append(line("Back-office", portal + "/admin"))
        .append(line("Operations", settings.services().named(PortalServices.OPS_DASHBOARD).baseUrl().toString()))
        .append(line("Mail viewer", infrastructure.mailViewerUrl()))
        .append(line("A mailbox", infrastructure.mailboxUrl(DemoAccounts.PARENT.login())))
        .append(line("Kafka", infrastructure.kafkaBootstrap()))
        .append(line("MongoDB", infrastructure.mongoUri("")))
        .append(line("Data directory", settings.dataDir().toString()))
        .append(line("Service logs", infrastructure.logDir().toString()))
        .append(line("Ready in", String.format(Locale.ROOT, "%.1f s", startup.toMillis() / 1000.0)))
        .append(line("Resident memory", String.format(Locale.ROOT, "%d MB (launcher + %d services)",
            rssKilobytes / 1024, settings.services().inStartOrder().size())))
        .append("\n Demo logins (created by the identity service's demo data):\n");
    DemoAccounts.all().forEach(account -> banner.append(
        String.format(Locale.ROOT, "   %-7s %s / %s%n", account.role() + ":", account.login(), account.password())));
    return banner
        .append("\n Press Ctrl-C to stop everything; data stays in the data directory.\n")
        .append("========================================================================\n")
        .toString();
  }

  private static String line(String label, String value) {
    return String.format(Locale.ROOT, " %-16s %s%n", label, value);
  }
}
