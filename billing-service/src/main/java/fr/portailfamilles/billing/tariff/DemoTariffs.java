package fr.portailfamilles.billing.tariff;

import fr.portailfamilles.billing.tariff.domain.QuotientBracket;
import fr.portailfamilles.billing.tariff.domain.Tariff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo town's tariffs for the 2026–2027 school year, for the units of registration-service's
 * demo activities, by family-quotient bracket (0–600, 601–900, 901–1200, more than 1200); meals
 * cost the same for every family. Seeded once: a tariff staff changed keeps their change.
 */
@Component
@Profile("demo")
class DemoTariffs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTariffs.class);
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 8, 31);

    private final Tariffs tariffs;

    DemoTariffs(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Tariff> demo = List.of(
                tariff("aps", "matin", "Matin", "1.00", "1.40", "1.80", "2.20"),
                tariff("aps", "soir", "Soir", "1.50", "2.00", "2.60", "3.10"),
                tariff("alsh-mercredis", "matin", "Matin", "3.00", "4.20", "5.50", "6.70"),
                tariff("alsh-mercredis", "apres-midi", "Après-midi", "3.50", "5.00", "6.50", "8.00"),
                tariff("alsh-mercredis", "repas", "Repas", "3.20", "3.20", "3.20", "3.20"),
                tariff("alsh-mercredis", "journee", "Journée", "6.00", "8.50", "11.00", "13.50"),
                tariff("alsh-vacances", "matin", "Matin", "3.50", "4.70", "6.00", "7.20"),
                tariff("alsh-vacances", "apres-midi", "Après-midi", "4.00", "5.50", "7.00", "8.50"),
                tariff("alsh-vacances", "repas", "Repas", "3.20", "3.20", "3.20", "3.20"),
                tariff("alsh-vacances", "journee", "Journée", "7.00", "9.50", "12.00", "14.50"),
                tariff("ado-minos", "apres-midi", "Après-midi", "3.00", "4.00", "5.00", "6.00"),
                tariff("ado-minos", "journee", "Journée", "5.00", "7.00", "9.00", "11.00"));
        long added = demo.stream().filter(t -> tariffs.byId(t.id()).isEmpty()).peek(tariffs::save).count();
        if (added > 0) {
            log.info("{} demo tariffs created", added);
        }
    }

    private static Tariff tariff(String activity, String unit, String label, String... prices) {
        return new Tariff("demo-" + activity + "-" + unit + "-2026", activity, unit, label, FROM, UNTIL, List.of(
                new QuotientBracket(0, 600, new BigDecimal(prices[0])),
                new QuotientBracket(601, 900, new BigDecimal(prices[1])),
                new QuotientBracket(901, 1200, new BigDecimal(prices[2])),
                new QuotientBracket(1201, null, new BigDecimal(prices[3]))));
    }
}
