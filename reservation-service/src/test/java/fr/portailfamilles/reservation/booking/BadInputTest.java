package fr.portailfamilles.reservation.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.reservation.calendar.domain.PublicHolidays;
import fr.portailfamilles.reservation.support.Api;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refusal is a French problem+json 4xx, and a refused request writes nothing at all. */
class BadInputTest extends ReservationTestBase {

    Town.Activity activity;
    Town.Child child;
    LocalDate day;

    @BeforeEach
    void aChildWithAGrid() {
        activity = town.activity();
        child = town.register(activity, "Inès");
        day = town.bookableDays(activity, 1).get(0);
    }

    @Test
    void refusesADateOutsideTheRegistrationAndWritesNothingOfTheWholeRequest() {
        LocalDate after = activity.end().plusDays(3);

        Api.Answer answer = post(reserve(cell(day, "matin"), cell(day, "soir"), cell(after, "matin")));

        assertProblem(answer, 422, "hors-periode", "est en dehors de la période de l’inscription");
        assertNothingWritten();
    }

    @Test
    void refusesAClosedDayAWeekendAndAPublicHoliday() {
        assertProblem(post(reserve(cell(activity.closedDay(), "matin"))), 422, "jour-sans-activite",
                "n’est pas un jour d’activité (Fermeture de la structure)");
        LocalDate saturday = day.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));
        assertProblem(post(reserve(cell(saturday, "matin"))), 422, "jour-sans-activite", "Pas d’activité ce jour");
        LocalDate holiday = nextWeekdayHoliday(day);
        if (!holiday.isAfter(activity.end())) {
            assertProblem(post(reserve(cell(holiday, "matin"))), 422, "jour-sans-activite", "Jour férié");
        }
        assertNothingWritten();
    }

    @Test
    void refusesAUnitTheActivityLacks() {
        assertProblem(post(reserve(cell(day, "piscine"))), 400, "unite-inconnue",
                "L’unité « piscine » n’existe pas pour l’activité");
    }

    @Test
    void refusesADayPastItsDeadlineWithTheDeadlineInTheMessage() {
        LocalDate tomorrow = LocalDate.now(Town.ZONE).plusDays(1);
        while (tomorrow.getDayOfWeek().getValue() > 5 || PublicHolidays.isHoliday(tomorrow)
                || tomorrow.equals(activity.closedDay())) {
            tomorrow = tomorrow.plusDays(1);
        }

        Api.Answer answer = post(reserve(cell(day, "matin"), cell(tomorrow, "matin")));

        assertProblem(answer, 422, "delai-depasse", "Le délai de modification est dépassé pour le ");
        assertThat(answer.detail()).contains("(Matin)", "les changements étaient possibles jusqu’au");
        assertThat(stateOf(child, tomorrow, "matin")).isEqualTo("FREE");
        assertThat(cellOf(child, tomorrow, "matin").get("modifiable").asBoolean()).isFalse();
        assertNothingWritten();
    }

    @Test
    void refusesAnEmptyOrOversizedSelection() {
        assertProblem(post(Map.of()), 400, "selection-vide", "Votre sélection est vide");
        assertProblem(post(reserve()), 400, "selection-vide", "Votre sélection est vide");
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(cell(day.plusDays(i % 150), i < 150 ? "matin" : i < 300 ? "soir" : i < 450 ? "repas" : "journee"));
        }
        assertProblem(post(Map.of("reserve", tooMany)), 400, "selection-trop-grande", "compte 501 cases");
        assertNothingWritten();
    }

    @Test
    void refusesToCancelAFreeCellOrToReserveAHeldOne() {
        assertProblem(post(cancel(cell(day, "matin"))), 409, "rien-a-annuler", "Il n’y a pas de réservation à annuler");
        sendAndSettle(child, reserve(cell(day, "soir")));
        assertProblem(post(reserve(cell(day, "soir"))), 409, "case-deja-reservee", "est déjà réservé ou demandé");
        assertProblem(post(Map.of("reserve", List.of(cell(day, "matin")), "cancel", List.of(cell(day, "matin")))),
                409, "rien-a-annuler", "Il n’y a pas de réservation à annuler");
    }

    @Test
    void refusesMalformedDatesAndBodies() {
        assertProblem(post(reserve(cell(day, "matin"), Map.of("date", "2026-13-45", "unit", "matin"))), 400,
                "date-invalide", "La date « 2026-13-45 » n’est pas valide");
        assertProblem(post("{\"reserve\": [ {\"date\": "), 400, "requete-invalide", "La requête est invalide.");
        assertProblem(post(Map.of("template", Map.of("weekdays", List.of("LUNDI"), "units", List.of("matin"),
                "from", day.toString(), "to", day.plusDays(7).toString()))), 400, "jour-invalide", "jour");
        assertProblem(post(Map.of("template", Map.of("weekdays", List.of("MONDAY"), "units", List.of("matin"),
                "from", day.toString(), "to", activity.end().plusDays(10).toString()))), 422, "hors-periode",
                "La semaine type doit s’appliquer entre le");
        assertProblem(api.get(child.path() + "/grid?month=novembre", child.token()), 400, "mois-invalide",
                "n’est pas valide");
        assertNothingWritten();
    }

    @Test
    void answersAnUnknownRegistrationAsNotFound() {
        Api.Answer answer = api.post("/api/reservations/registrations/reg-inconnue/requests", child.token(),
                reserve(cell(day, "matin")));
        assertProblem(answer, 404, "inscription-introuvable", "Cette inscription est introuvable.");
    }

    @Test
    void refusesStaffActionsToParentsAndBadStaffInput() {
        String admin = "/api/reservations/admin/activities/" + activity.id();
        assertProblem(api.put(admin + "/capacities", child.token(), Map.of("unit", "matin", "capacity", 3)), 403,
                "acces-refuse", "réservée aux agents");
        assertProblem(api.put(admin + "/capacities", Town.staff(), Map.of("unit", "matin", "capacity", -1)), 400,
                "capacite-invalide", "entre 0 et");
        assertProblem(api.put(admin + "/capacities", Town.staff(), Map.of("unit", "piscine", "capacity", 3)), 400,
                "unite-inconnue", "piscine");
        assertProblem(api.post(admin + "/closures", Town.staff(), Map.of("date", "demain")), 400, "date-invalide",
                "n’est pas valide");
        assertProblem(api.get("/api/reservations/admin/activities/inconnue/slots?month=2026-11", Town.staff()), 404,
                "activite-introuvable", "Cette activité est introuvable.");
        assertProblem(api.post("/api/reservations/attendance", child.token(), Map.of()), 403, "acces-refuse",
                "réservée aux agents");
        assertProblem(api.post("/api/reservations/attendance", Town.staff(), Map.of("activityId", activity.id(),
                "date", day.toString(), "unit", "matin", "registrationId", "reg-inconnue", "status", "PRESENT")), 404,
                "inscription-introuvable", "n’a pas d’inscription en cours");
    }

    private Api.Answer post(Object body) {
        return api.post(child.path() + "/requests", child.token(), body);
    }

    private void assertProblem(Api.Answer answer, int status, String code, String detail) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.detail()).contains(detail);
    }

    /** No cell of the grid changed and no event left for the child. */
    private void assertNothingWritten() {
        assertThat(stateOf(child, day, "matin")).isEqualTo("FREE");
        assertThat(stateOf(child, day, "soir")).isEqualTo("FREE");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> records(child).isEmpty());
    }

    private static LocalDate nextWeekdayHoliday(LocalDate from) {
        LocalDate date = from;
        while (!(PublicHolidays.isHoliday(date) && date.getDayOfWeek().getValue() <= 5)) {
            date = date.plusDays(1);
        }
        return date;
    }
}
