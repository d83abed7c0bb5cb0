package fr.portailfamilles.family.file.demo;

import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.contact.domain.PostalAddress;
import fr.portailfamilles.family.file.FamilyChanges;
import fr.portailfamilles.family.file.FamilyClock;
import fr.portailfamilles.family.file.domain.AuthorisedPerson;
import fr.portailfamilles.family.file.domain.ChildCare;
import fr.portailfamilles.family.file.domain.ChildIdentity;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyQuotient;
import fr.portailfamilles.family.file.domain.GuardianDetails;
import fr.portailfamilles.family.file.domain.HealthNotes;
import fr.portailfamilles.family.file.domain.PickUp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The demo families: Martin (complete, two children), Durand (complete, a 13-year-old for
 * Ado'Minos, a pending contact change) and Petit (incomplete). Written once, through the
 * domain, with their events, so the other services learn them; a restart changes nothing.
 */
@Component
@Profile("demo")
public class DemoFamilies implements ApplicationRunner {

    public static final String MARTIN = "fam-martin";
    public static final String DURAND = "fam-durand";
    public static final String PETIT = "fam-petit";
    static final String STAFF = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoFamilies.class);

    private final Families families;
    private final FamilyChanges changes;
    private final FamilyClock clock;

    public DemoFamilies(Families families, FamilyChanges changes, FamilyClock clock) {
        this.families = families;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Writes the demo families that are not there yet. */
    public void seed() {
        Instant now = clock.now();
        LocalDate today = clock.today();
        write(martin(now, today));
        write(durand(now, today));
        write(petit(now));
    }

    private void write(Family family) {
        if (families.exists(family.id())) {
            return;
        }
        try {
            changes.create(family);
            log.info("Demo family {} written", family.id());
        } catch (DuplicateKeyException writtenByAnotherInstance) {
            log.debug("Demo family {} already there", family.id());
        }
    }

    private static Family martin(Instant now, LocalDate today) {
        Family family = Family.open(MARTIN, "gdn-claire-martin", new GuardianDetails("Claire", "Martin",
                "claire.martin@example.fr", contact("12 rue des Pins", "06 12 34 56 78"), null), now);
        family.changeQuotient(new FamilyQuotient(780, LocalDate.of(2026, 9, 1)), now);
        family.addChild("chd-lea-martin", new ChildIdentity("Léa", "Martin", LocalDate.of(2019, 3, 14)),
                new ChildCare("École des Pins", "CE1", new HealthNotes("Arachides", true,
                        "Trousse d'urgence dans le sac", null, "Dr Bernard", "05 56 03 12 34"),
                        pickUp("Monique", "Martin", "Grand-mère", "06 22 33 44 55"), true), now);
        family.addChild("chd-hugo-martin", new ChildIdentity("Hugo", "Martin", LocalDate.of(2022, 6, 2)),
                new ChildCare("École des Pins", "Petite section", HealthNotes.NONE,
                        pickUp("Monique", "Martin", "Grand-mère", "06 22 33 44 55"), true), now);
        family.complete(today, STAFF, now);
        return family;
    }

    private static Family durand(Instant now, LocalDate today) {
        Family family = Family.open(DURAND, "gdn-karim-durand", new GuardianDetails("Karim", "Durand",
                "karim.durand@example.fr", contact("8 avenue de l'Océan", "06 98 76 54 32"), "Office de tourisme"),
                now);
        family.changeQuotient(new FamilyQuotient(1150, LocalDate.of(2026, 9, 15)), now);
        family.addChild("chd-yanis-durand", new ChildIdentity("Yanis", "Durand", thirteenYearsOld(today)),
                new ChildCare("Collège de Carcans-Maubuisson", "5e", new HealthNotes(null, false, null,
                        "Sans porc", null, null), PickUp.NOBODY, false), now);
        family.addChild("chd-ines-durand", new ChildIdentity("Inès", "Durand", LocalDate.of(2017, 9, 21)),
                new ChildCare("École des Pins", "CM1", HealthNotes.NONE,
                        pickUp("Samira", "Durand", "Tante", "06 45 67 89 10"), true), now);
        family.complete(today, STAFF, now);
        family.requestContactChange("ccr-durand-demo", "gdn-karim-durand",
                new ContactDetails(new PostalAddress("8 avenue de l'Océan", "33121", "Carcans"), "06 98 76 54 32",
                        "05 56 03 45 67", null), "demo", now);
        return family;
    }

    private static Family petit(Instant now) {
        Family family = Family.open(PETIT, "gdn-sophie-petit", new GuardianDetails("Sophie", "Petit",
                "sophie.petit@example.fr", ContactDetails.NONE, null), now);
        family.addChild("chd-jules-petit", new ChildIdentity("Jules", "Petit", LocalDate.of(2020, 11, 5)),
                ChildCare.EMPTY, now);
        return family;
    }

    /** Yanis is 13 when the demo starts, whatever the year: the age of Ado'Minos. */
    private static LocalDate thirteenYearsOld(LocalDate today) {
        return today.minusYears(13).minusMonths(3).withDayOfMonth(1);
    }

    private static ContactDetails contact(String street, String mobile) {
        return new ContactDetails(new PostalAddress(street, "33121", "Carcans"), mobile, null, null);
    }

    private static PickUp pickUp(String firstName, String lastName, String relationship, String phone) {
        return new PickUp(List.of(new AuthorisedPerson(firstName, lastName, relationship, phone)), false);
    }
}
