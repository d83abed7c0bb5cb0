package fr.portailfamilles.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesTest {

    private static final List<String> PARENT_MENU = List.of("Mon tableau de bord", "Ma famille", "Mes coordonnées",
            "Mes inscriptions", "Mes réservations", "Mes factures", "Mon compte");

    private static final List<String> ADMIN_MENU = List.of("Tableau de bord des services", "Familles",
            "Demandes d’inscription", "Demandes de modification", "Réservations et pointage", "Facturation",
            "Catalogue des activités");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** A parent logged in through the identity service (session with an OIDC login). */
    WebTestClient client;
    /** A town-hall agent logged in the same way. */
    WebTestClient agent;
    WebTestClient anonymous;

    @BeforeEach
    void clients() {
        WebTestClient signedIn = WebTestClient.bindToApplicationContext(context).apply(springSecurity())
                .configureClient().responseTimeout(Duration.ofSeconds(10)).build();
        client = signedIn.mutateWith(mockOidcLogin().idToken(token -> token.claim("roles", List.of("PARENT"))
                .claim("family_id", "fam-martin"))).mutateWith(csrf());
        agent = signedIn.mutateWith(mockOidcLogin().idToken(token -> token.claim("roles", List.of("STAFF")))
                        .authorities(new SimpleGrantedAuthority("ROLE_STAFF")))
                .mutateWith(csrf());
        anonymous = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/famille", "/factures", "/admin", "/admin/familles"})
    void sendsAnAnonymousVisitorToTheLogin(String path) {
        anonymous.get().uri(path).accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/portail");
    }

    @Test
    void startsTheLoginAtTheIdentityServiceWithPkce() {
        anonymous.get().uri("/oauth2/authorization/portail")
                .exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location)
                        .startsWith("http://localhost:8080/oauth2/authorize?")
                        .contains("client_id=portail-gateway", "code_challenge=", "code_challenge_method=S256",
                                "redirect_uri=http://localhost:8080/login/oauth2/code/portail"));
    }

    @Test
    void refusesTheBackOfficeToAParent() {
        client.get().uri("/admin").accept(MediaType.TEXT_HTML).exchange().expectStatus().isForbidden();
    }

    @ParameterizedTest(name = "{0} shows « {1} »")
    @CsvSource(delimiter = '|', value = {
            "/             | Mon tableau de bord | historique de vos demandes",
            "/famille      | Ma famille          | tous les enfants qui composent votre famille",
            "/coordonnees  | Mes coordonnées     | à l’exclusion de l’adresse e-mail",
            "/inscriptions | Mes inscriptions    | demande de nouvelle inscription pour un enfant",
            "/reservations | Mes réservations    | les cases des jours apparaissent en jaune",
            "/factures     | Mes factures        | vous les payez en ligne",
            "/compte       | Mon compte          | L’adresse e-mail mentionnée dans votre dossier"})
    void showsEachParentRubricInItsShell(String path, String heading, String whatItDoes) {
        String html = page(path);

        assertThat(html)
                .contains("<html lang=\"fr\"")
                .contains("<title>" + heading + " — Portail Familles</title>")
                .contains("<h1>" + heading + "</h1>")
                .contains(whatItDoes)
                .contains("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>")
                .contains("<main id=\"contenu\"")
                .contains("<nav class=\"site-nav\" aria-label=\"Rubriques du Portail Familles\">")
                .contains("<a href=\"" + path + "\" aria-current=\"page\">" + heading + "</a>");
        assertThat(PARENT_MENU).allSatisfy(rubric -> assertThat(html).contains(">" + rubric + "</a>"));
        assertThat(html).doesNotContain("Espace agents");
    }

    @ParameterizedTest(name = "{0} shows « {1} »")
    @CsvSource(delimiter = '|', value = {
            "/admin               | Tableau de bord des services",
            "/admin/familles      | Familles",
            "/admin/inscriptions  | Demandes d’inscription",
            "/admin/modifications | Demandes de modification",
            "/admin/reservations  | Réservations et pointage",
            "/admin/facturation   | Facturation",
            "/admin/activites     | Catalogue des activités"})
    void showsEachBackOfficeRubricInTheStaffShell(String path, String heading) {
        String html = page(path);

        assertThat(html)
                .contains("<html lang=\"fr\"")
                .contains("<title>" + heading + " — Portail Familles</title>")
                .contains("<h1>" + heading + "</h1>")
                .contains("Espace agents")
                .contains("Aller au contenu")
                .contains("<a href=\"" + path + "\" aria-current=\"page\">" + heading + "</a>");
        assertThat(ADMIN_MENU).allSatisfy(rubric -> assertThat(html).contains(">" + rubric + "</a>"));
        assertThat(html).doesNotContain(">Mes factures</a>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/webjars/picocss__pico/css/pico.min.css", "/webjars/htmx.org/dist/htmx.min.js",
            "/css/app.css", "/js/app.js"})
    void servesTheAssetsThePagesLink(String asset) {
        anonymous.get().uri(asset).exchange().expectStatus().isOk();
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"application/json", "text/html", "*/*"})
    void answersProblemJsonForAnUnknownApiPathWhateverTheClientAccepts(String accept) {
        anonymous.get().uri("/api/inconnu/1").header(HttpHeaders.ACCEPT, accept)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Ressource introuvable")
                .jsonPath("$.detail").isEqualTo("La ressource demandée est introuvable.")
                .jsonPath("$.code").isEqualTo("ressource-introuvable")
                .jsonPath("$.type").isEqualTo("https://portail-familles.fr/problemes/ressource-introuvable")
                .jsonPath("$.instance").isEqualTo("/api/inconnu/1");
    }

    @Test
    void showsAFrenchPageWhenABrowserAsksForAnUnknownPage() {
        client.get().uri("/nulle-part").accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<html lang=\"fr\"")
                        .contains("<h1>Page introuvable</h1>")
                        .contains("Ville de Carcans")
                        .contains("Aller au contenu"));
    }

    @Test
    void showsAFrenchPageWhenABrowserPostsToAPage() {
        client.post().uri("/famille").accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<html lang=\"fr\"")
                        .contains("<h1>Demande non traitée</h1>")
                        .doesNotContain("Whitelabel"));
    }

    @Test
    void answersProblemJsonWhenAPageIsCalledWithAnUnsupportedMethod() {
        client.delete().uri("/famille").accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.ALLOW, "GET")
                .expectBody()
                .jsonPath("$.code").isEqualTo("methode-non-autorisee")
                .jsonPath("$.detail").isEqualTo("Cette méthode n'est pas autorisée sur cette ressource.");
    }

    private String page(String path) {
        WebTestClient who = path.startsWith("/admin") ? agent : client;
        return who.get().uri(path).accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "fr-FR")
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
