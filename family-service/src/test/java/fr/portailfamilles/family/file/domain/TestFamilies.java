package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.contact.domain.PostalAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Fixture builders for the domain tests. */
public final class TestFamilies {

    public static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private TestFamilies() {
    }

    public static ContactDetails reachableContact() {
        return new ContactDetails(new PostalAddress("12 rue des Pins", "33121", "Carcans"), "06 12 34 56 78", null,
                null);
    }

    public static GuardianDetails claire() {
        return new GuardianDetails("Claire", "Martin", "Claire.Martin@Example.fr", reachableContact(), null);
    }

    public static ChildCare careWithGrandmother() {
        return new ChildCare("École des Pins", "CE1", new HealthNotes("Arachides", true, "Trousse", null, null, null),
                new PickUp(List.of(new AuthorisedPerson("Monique", "Martin", "Grand-mère", null)), false), true);
    }

    /** One reachable guardian, no child, no quotient. */
    public static Family aFamilyWithoutChildren() {
        return Family.open("fam-test", "gdn-claire", claire(), NOW);
    }

    /** Everything the completeness rule asks for. */
    public static Family aFamilyWithTwoChildren() {
        Family family = aFamilyWithoutChildren();
        family.changeQuotient(new FamilyQuotient(780, LocalDate.of(2026, 9, 1)), NOW);
        family.addChild("chd-lea", new ChildIdentity("Léa", "Martin", LocalDate.of(2019, 3, 14)), careWithGrandmother(),
                NOW);
        family.addChild("chd-hugo", new ChildIdentity("Hugo", "Martin", LocalDate.of(2022, 6, 2)),
                new ChildCare("École des Pins", "Petite section", null, PickUp.NOBODY, false), NOW);
        family.takeEvents();
        return family;
    }
}
