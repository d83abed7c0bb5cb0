package fr.portailfamilles.load;

import fr.portailfamilles.e2e.Mailbox;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's families, each with a child and a parent account whose password was chosen
 * through the account-opening mail, exactly as a family of the town gets one. They are created
 * through the staff API once and remembered in {@code families.tsv}, so that later runs on the
 * same portal only add the families they lack.
 */
final class BenchFamilies {

    record BenchFamily(String email, String password, String familyId, String childId) {

        String line() {
            return String.join("\t", email, password, familyId, childId);
        }

        static BenchFamily parse(String line) {
            String[] fields = line.split("\t");
            return new BenchFamily(fields[0], fields[1], fields[2], fields[3]);
        }
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/mot-de-passe/definir\\?jeton=([A-Za-z0-9_.%=-]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final OpeningMorningSettings settings;
    private final PortalApi api;
    private final StaffSession staff;
    private final Mailbox mailbox;
    private final Path file;

    BenchFamilies(OpeningMorningSettings settings, PortalApi api, StaffSession staff) {
        this.settings = settings;
        this.api = api;
        this.staff = staff;
        this.mailbox = new Mailbox(settings.mailViewerUrl());
        this.file = settings.workDir().resolve("families.tsv");
    }

    /** The first {@code count} families, creating those not made by an earlier run. */
    List<BenchFamily> atLeast(int count) throws Exception {
        List<BenchFamily> known = remembered();
        if (known.size() >= count) {
            return known.subList(0, count);
        }
        int missing = count - known.size();
        System.out.printf("Creating %d families through the staff API (%d already there)...%n", missing, known.size());
        ExecutorService workers = Executors.newFixedThreadPool(settings.setupThreads());
        try {
            List<Future<BenchFamily>> created = new ArrayList<>();
            for (int i = 0; i < missing; i++) {
                created.add(workers.submit(this::create));
            }
            List<BenchFamily> all = new ArrayList<>(known);
            for (Future<BenchFamily> family : created) {
                BenchFamily made = family.get();
                all.add(made);
                Files.writeString(file, made.line() + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                if (all.size() % 250 == 0) {
                    System.out.printf("  %d families ready%n", all.size());
                }
            }
            return all;
        } finally {
            workers.shutdownNow();
        }
    }

    private List<BenchFamily> remembered() throws IOException {
        Files.createDirectories(settings.workDir());
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        List<BenchFamily> families = new ArrayList<>(Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .map(BenchFamily::parse).toList());
        if (!families.isEmpty() && !signsIn(families.get(0))) {
            System.out.println("The remembered families are not on this portal (fresh data?): creating new ones.");
            Files.delete(file);
            return new ArrayList<>();
        }
        return families;
    }

    private boolean signsIn(BenchFamily family) {
        try {
            new fr.portailfamilles.e2e.PortalLogin(api.portalUrl()).accessToken(family.email(), family.password());
            return true;
        } catch (Exception refused) {
            return false;
        }
    }

    private BenchFamily create() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 12);
        String email = "famille.banc+" + tag + "@example.fr";
        String password = "Banc-essai-" + tag;
        String familyId = api.post("/api/families", staff.token(), """
                {"guardian":{"firstName":"Camille","lastName":"Banc-%s","email":"%s",
                 "address":{"street":"1 place de la Mairie","postalCode":"33121","city":"Carcans"},
                 "mobilePhone":"06 00 00 00 00"},
                 "quotient":{"value":700,"proofDate":"2026-09-15"}}""".formatted(tag, email), 201)
                .get("id").asString();
        String childId = api.post("/api/families/" + familyId + "/children", staff.token(), """
                {"firstName":"Lou","lastName":"Banc-%s","birthDate":"2018-03-14","school":"École des Pins",
                 "schoolClass":"CE2","pickUp":{"persons":[],"nobody":true},"imageConsent":false}""".formatted(tag),
                201).get("children").get(0).get("id").asString();
        api.post("/api/families/" + familyId + "/completion", staff.token(), null, 200);
        choosePassword(awaitPasswordLink(email), password);
        return new BenchFamily(email, password, familyId, childId);
    }

    private String awaitPasswordLink(String email) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            for (Mailbox.Mail mail : mailbox.of(email)) {
                Matcher link = LINK.matcher(mail.text());
                if (link.find()) {
                    return link.group();
                }
            }
            PortalApi.sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException("No account-opening mail for " + email);
    }

    /** What the parent does with the link: opens the page and submits the form, with its CSRF field. */
    private void choosePassword(String link, String password) throws IOException, InterruptedException {
        Matcher token = LINK.matcher(link);
        token.find();
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(api.portalUrl() + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No password form at " + link + ": " + page.statusCode());
        }
        String form = "jeton=" + token.group(1) + "&motDePasse=" + encode(password) + "&confirmation="
                + encode(password) + "&_csrf=" + encode(csrf.group(1) != null ? csrf.group(1) : csrf.group(2));
        HttpResponse<String> saved = browser.send(HttpRequest.newBuilder(URI.create(api.portalUrl()
                        + "/mot-de-passe/definir")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (saved.statusCode() != 302 || !saved.headers().firstValue("Location").orElse("").contains("enregistre")) {
            throw new IllegalStateException("Password not accepted for " + link + ": " + saved.statusCode());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
