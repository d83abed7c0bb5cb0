package fr.portailfamilles.gateway.pages;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The parents' portal: one page per rubric of the town's user note. */
@Controller
class ParentPages {

    private final Town town;

    ParentPages(Town town) {
        this.town = town;
    }

    @ModelAttribute
    void shell(Model model) {
        model.addAttribute("commune", town);
        model.addAttribute("rubriques", List.of(ParentRubric.values()));
    }

    @GetMapping("/")
    String dashboard(Model model) {
        return show(ParentRubric.DASHBOARD, model);
    }

    @GetMapping("/famille")
    String family(Model model) {
        return show(ParentRubric.FAMILY, model);
    }

    @GetMapping("/coordonnees")
    String contactDetails(Model model) {
        return show(ParentRubric.CONTACT_DETAILS, model);
    }

    @GetMapping("/inscriptions")
    String registrations(Model model) {
        return show(ParentRubric.REGISTRATIONS, model);
    }

    @GetMapping("/reservations")
    String reservations(Model model) {
        return show(ParentRubric.RESERVATIONS, model);
    }

    @GetMapping("/factures")
    String invoices(Model model) {
        return show(ParentRubric.INVOICES, model);
    }

    @GetMapping("/compte")
    String account(Model model) {
        return show(ParentRubric.ACCOUNT, model);
    }

    private static String show(ParentRubric rubric, Model model) {
        model.addAttribute("rubrique", rubric);
        return rubric.view();
    }
}
