package fr.portailfamilles.billing.payment.simulated;

import fr.portailfamilles.billing.money.Euros;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The simulated provider's payment page, open without a login like a bank's page: the reference
 * in its address is random and unguessable. The page's script posts the choice as JSON (so that
 * it passes the gateway's CSRF check); without script the form posts it and gets a redirect.
 */
@Controller
@RequestMapping("/api/billing/simulated-provider/payments")
@ConditionalOnProperty(name = "portail.billing.payment.provider", havingValue = "simulated", matchIfMissing = true)
class SimulatedProviderPage {

    private final SimulatedDecisions decisions;

    SimulatedProviderPage(SimulatedDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping(value = "/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String reference, Model model) {
        SimulatedSession session = decisions.session(reference);
        model.addAttribute("reference", session.id());
        model.addAttribute("description", session.description());
        model.addAttribute("payerEmail", session.payerEmail());
        model.addAttribute("amount", Euros.french(session.amount()));
        model.addAttribute("decided", session.decision() != null);
        return "simulated-provider";
    }

    @PostMapping(value = "/{reference}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> decideByScript(@PathVariable String reference,
            @Valid @RequestBody DecisionRequest request) {
        return Map.of("redirectUrl", decisions.decide(reference, request.decision()).toString());
    }

    @PostMapping(value = "/{reference}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> decideByForm(@PathVariable String reference,
            @RequestParam SimulatedDecisions.Decision decision) {
        URI back = decisions.decide(reference, decision);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(back).build();
    }

    record DecisionRequest(@NotNull SimulatedDecisions.Decision decision) {
    }
}
