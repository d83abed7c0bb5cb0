package fr.portailfamilles.launcher;

import java.util.List;

/**
 * The logins the identity service creates with its demo data ({@code demo} profile), shown to people
 * trying the portal and used by the end-to-end tests.
 */
public final class DemoAccounts {

  /**
   * One demo login.
   *
   * @param role who this is in the portal: a parent or a town hall agent
   * @param login the e-mail address used to sign in
   * @param password the demo password
   */
  public record DemoAccount(String role, String login, String password) {
  }

  public static final DemoAccount PARENT = new DemoAccount("parent", "claire.martin@example.fr", "Demo-Parent-2026!");

  public static final DemoAccount AGENT = new DemoAccount("agent", "agent@mairie-carcans.fr", "Demo-Agent-2026!");

  private DemoAccounts() {
  }

  public static List<DemoAccount> all() {
    return List.of(PARENT, AGENT);
  }
}
