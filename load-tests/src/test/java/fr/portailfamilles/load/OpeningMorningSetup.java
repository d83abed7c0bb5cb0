package fr.portailfamilles.load;

import fr.portailfamilles.e2e.PortalLogin;
import fr.portailfamilles.load.BenchFamilies.BenchFamily;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Everything that happens before the opening: a fresh activity for this run (so runs never share
 * slots), its capacities, the families signed in — parents connect before the hour, as they do —
 * and each child registered to the activity (approved automatically, the file being complete).
 */
final class OpeningMorningSetup {

    static final String PERIOD_ID = "ouverture";
    static final List<String> UNITS = List.of("matin", "soir");
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    /** Days reserved one by one on top of the weekly template. */
    static final int SINGLE_DAYS = 4;

    /** One family ready to reserve: signed in, its child registered, its « Valider » body prepared. */
    record Participant(BenchFamily family, String token, String registrationId, String requestBody,
            boolean cancelsOne) {
    }

    record Prepared(String runTag, String activityId, int capacity, List<Participant> participants) {
    }

    private final OpeningMorningSettings settings;
    private final PortalApi api;
    private final StaffSession staff;
    private final java.util.concurrent.atomic.AtomicInteger loginRetries = new java.util.concurrent.atomic.AtomicInteger();

    OpeningMorningSetup(OpeningMorningSettings settings) {
        this.settings = settings;
        this.api = new PortalApi(settings.portalUrl());
        this.staff = new StaffSession(settings.portalUrl(), "agent@mairie-carcans.fr", "Demo-Agent-2026!");
    }

    Prepared prepare() throws Exception {
        String runTag = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        List<BenchFamily> families = new BenchFamilies(settings, api, staff).atLeast(settings.families());
        String activityId = createActivity(runTag);
        int capacity = settings.slotCapacity();
        for (String unit : UNITS) {
            api.put("/api/reservations/admin/activities/" + activityId + "/capacities", staff.token(),
                    "{\"unit\":\"%s\",\"periodId\":\"%s\",\"capacity\":%d}".formatted(unit, PERIOD_ID, capacity));
        }
        System.out.printf("Activity %s: capacity %d per slot for %d families; signing the parents in...%n",
                activityId, capacity, families.size());
        ExecutorService workers = Executors.newFixedThreadPool(settings.setupThreads());
        try {
            List<Future<Participant>> ready = new ArrayList<>();
            Random random = new Random(42);
            for (BenchFamily family : families) {
                String body = requestBody(new Random(random.nextLong()));
                boolean cancels = random.nextDouble() < settings.cancelShare();
                ready.add(workers.submit(() -> participant(family, activityId, body, cancels)));
            }
            List<Participant> participants = new ArrayList<>();
            for (Future<Participant> participant : ready) {
                participants.add(participant.get());
                if (participants.size() % 250 == 0) {
                    System.out.printf("  %d families signed in and registered%n", participants.size());
                }
            }
            if (loginRetries.get() > 0) {
                System.out.printf("  %d logins answered 503 and were tried again%n", loginRetries.get());
            }
            return new Prepared(runTag, activityId, capacity, participants);
        } finally {
            workers.shutdownNow();
        }
    }

    String staffToken() {
        return staff.token();
    }

    PortalApi api() {
        return api;
    }

    private String createActivity(String runTag) {
        String id = "banc-" + runTag;
        api.post("/api/registrations/activities", staff.token(), """
                {"id":"%s","name":"Banc d'essai %s","kind":"APS","description":"Activité du banc d'essai de charge",
                 "ageMin":3,"ageMax":11,"seasonId":"2026-2027","weekdays":[%s],
                 "periods":[{"id":"%s","kind":"SCHOOL","label":"Ouverture %s","start":"%s","end":"%s","weekdays":[%s]}],
                 "units":[{"code":"matin","row":"ACCUEIL","label":"Matin"},{"code":"soir","row":"ACCUEIL","label":"Soir"}],
                 "closedDays":[],"deadline":{"kind":"WORKING_DAYS_BEFORE","days":2,"time":"23:59"},"autoApprove":true}
                """.formatted(id, runTag, weekdaysJson(), PERIOD_ID, settings.month(), settings.firstDay(),
                settings.lastDay(), weekdaysJson()), 201);
        api.awaitAnswer("/api/reservations/admin/activities/" + id + "/capacities", staff.token(),
                answer -> answer.statusCode() == 200, Duration.ofSeconds(60));
        return id;
    }

    private Participant participant(BenchFamily family, String activityId, String body, boolean cancels)
            throws Exception {
        String token = signIn(family);
        String registrationId = register(token, family.childId(), activityId);
        api.awaitAnswer("/api/reservations/registrations/" + registrationId + "/grid?month=" + settings.month(), token,
                answer -> answer.statusCode() == 200, Duration.ofSeconds(120));
        return new Participant(family, token, registrationId, body, cancels);
    }

    /**
     * Signs the parent in; a login the portal answered « momentanément indisponible » (its
     * circuit breaker protecting the identity service) is tried again a little later, as a parent would.
     */
    private String signIn(BenchFamily family) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return new PortalLogin(settings.portalUrl()).accessToken(family.email(), family.password());
            } catch (IllegalStateException refused) {
                if (attempt >= 5 || !refused.getMessage().contains("503")) {
                    throw refused;
                }
                loginRetries.incrementAndGet();
                PortalApi.sleep(Duration.ofSeconds(2L * attempt));
            }
        }
    }

    /** Registers the child, once registration-service has learnt of it from the family's events. */
    private String register(String token, String childId, String activityId) {
        String body = "{\"childId\":\"%s\",\"activityId\":\"%s\"}".formatted(childId, activityId);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            java.net.http.HttpResponse<String> answer = api.call("POST", "/api/registrations", token, body);
            if (answer.statusCode() == 202) {
                return PortalApi.json(answer.body()).get("id").asString();
            }
            if (answer.statusCode() != 404 || System.nanoTime() > deadline) {
                throw new IllegalStateException("Registration refused: " + answer.statusCode() + " " + answer.body());
            }
            PortalApi.sleep(Duration.ofMillis(300));
        }
    }

    /** About twenty cells: the evening on the template's weekdays, and a few mornings picked one by one. */
    private String requestBody(Random random) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = settings.firstDay(); !day.isAfter(settings.lastDay()); day = day.plusDays(1)) {
            if (WEEKDAYS.contains(day.getDayOfWeek())) {
                days.add(day);
            }
        }
        List<LocalDate> mornings = new ArrayList<>(days);
        java.util.Collections.shuffle(mornings, random);
        String singles = mornings.subList(0, Math.min(SINGLE_DAYS, mornings.size())).stream().sorted()
                .map(day -> "{\"date\":\"%s\",\"unit\":\"matin\"}".formatted(day)).collect(Collectors.joining(","));
        return """
                {"reserve":[%s],"template":{"weekdays":[%s],"units":["soir"],"from":"%s","to":"%s"}}"""
                .formatted(singles, weekdaysJson(), settings.firstDay(), settings.lastDay());
    }

    private static String weekdaysJson() {
        return WEEKDAYS.stream().map(day -> "\"" + day + "\"").collect(Collectors.joining(","));
    }
}
