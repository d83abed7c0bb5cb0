package fr.portailfamilles.billing.payment.simulated;

import fr.portailfamilles.billing.payment.PaymentOutcome;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The simulated provider's side of a decision: records the user's choice once, posts the signed
 * notification to billing (server to server, as PayFiP would), and tells where the browser goes
 * back. A notification that did not go through is sent again when the page is submitted again.
 */
@Service
@ConditionalOnProperty(name = "portail.billing.payment.provider", havingValue = "simulated", matchIfMissing = true)
class SimulatedDecisions {

    private static final Logger log = LoggerFactory.getLogger(SimulatedDecisions.class);

    /** The three buttons of the page. */
    enum Decision {
        PAY(PaymentOutcome.PAID), REFUSE(PaymentOutcome.REFUSED), ABANDON(PaymentOutcome.ABANDONED);

        private final PaymentOutcome outcome;

        Decision(PaymentOutcome outcome) {
            this.outcome = outcome;
        }
    }

    private final MongoTemplate mongo;
    private final SimulatedPaymentProvider provider;
    private final Clock clock;
    private final RestClient http;

    SimulatedDecisions(MongoTemplate mongo, SimulatedPaymentProvider provider, Clock clock) {
        this.mongo = mongo;
        this.provider = provider;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    SimulatedSession session(String reference) {
        SimulatedSession session = mongo.findById(reference, SimulatedSession.class, SimulatedSession.COLLECTION);
        if (session == null) {
            throw DomainProblem.notFound("paiement-simule-introuvable", "Ce paiement simulé est introuvable.");
        }
        return session;
    }

    /** @return where the browser goes back (« Mes factures ») */
    URI decide(String reference, Decision decision) {
        SimulatedSession session = session(reference);
        if (session.decision() == null) {
            String transaction = decision == Decision.PAY
                    ? "SIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT) : null;
            SimulatedSession decided = mongo.findAndModify(
                    Query.query(Criteria.where("_id").is(reference).and("decision").is(null)),
                    new Update().set("decision", decision.name()).set("transaction", transaction)
                            .set("decidedAt", clock.instant()),
                    FindAndModifyOptions.options().returnNew(true), SimulatedSession.class, SimulatedSession.COLLECTION);
            session = decided == null ? session(reference) : decided;
        }
        if (!Boolean.TRUE.equals(session.notified())) {
            notifyBilling(session);
        }
        return URI.create(session.returnUrl());
    }

    private void notifyBilling(SimulatedSession session) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        provider.signedNotification(session, Decision.valueOf(session.decision()).outcome, session.transaction(),
                session.decidedAt()).forEach(form::add);
        try {
            http.post().uri(session.notificationUrl()).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().toBodilessEntity();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(session.id())), new Update().set("notified", true),
                    SimulatedSession.COLLECTION);
        } catch (RestClientException failed) {
            log.warn("The simulated provider could not notify billing of payment {}: {}", session.id(),
                    failed.getMessage());
        }
    }
}
