package fr.portailfamilles.gateway.pages;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The back office of the town-hall staff, under {@code /admin}. */
@Controller
@RequestMapping("/admin")
class AdminPages {

    private final Town town;

    AdminPages(Town town) {
        this.town = town;
    }

    @ModelAttribute
    void shell(Model model) {
        model.addAttribute("commune", town);
        model.addAttribute("rubriques", List.of(AdminRubric.values()));
    }

    @GetMapping
    String servicesDashboard(Model model) {
        return show(AdminRubric.SERVICES_DASHBOARD, model);
    }

    @GetMapping("/familles")
    String families(Model model) {
        return show(AdminRubric.FAMILIES, model);
    }

    @GetMapping("/inscriptions")
    String registrationRequests(Model model) {
        return show(AdminRubric.REGISTRATION_REQUESTS, model);
    }

    @GetMapping("/modifications")
    String changeRequests(Model model) {
        return show(AdminRubric.CHANGE_REQUESTS, model);
    }

    @GetMapping("/reservations")
    String reservationsAndAttendance(Model model) {
        return show(AdminRubric.RESERVATIONS_AND_ATTENDANCE, model);
    }

    @GetMapping("/facturation")
    String billing(Model model) {
        return show(AdminRubric.BILLING, model);
    }

    @GetMapping("/activites")
    String activityCatalogue(Model model) {
        return show(AdminRubric.ACTIVITY_CATALOGUE, model);
    }

    private static String show(AdminRubric rubric, Model model) {
        model.addAttribute("rubrique", rubric);
        return rubric.view();
    }
}
