package fr.portailfamilles.family.file.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

/** A child of the family: identity (staff only) and care information (the family may change it). */
public class Child {

    static final String ANONYMOUS = "Anonyme";

    private final String id;
    private ChildIdentity identity;
    private ChildCare care;
    private Instant updatedAt;

    Child(String id, ChildIdentity identity, ChildCare care, Instant updatedAt) {
        this.id = id;
        this.identity = identity;
        this.care = care;
        this.updatedAt = updatedAt;
    }

    /** True when what other services know of the child (names, birth date, school, class) differs. */
    boolean change(ChildIdentity newIdentity, ChildCare newCare, Instant at) {
        boolean visible = !identity.equals(newIdentity) || !same(care.school(), newCare.school())
                || !same(care.schoolClass(), newCare.schoolClass());
        identity = newIdentity;
        care = newCare;
        updatedAt = at;
        return visible;
    }

    void anonymise(Instant at) {
        identity = new ChildIdentity(ANONYMOUS, ANONYMOUS, null);
        care = ChildCare.EMPTY;
        updatedAt = at;
    }

    public OptionalInt ageOn(LocalDate day) {
        return identity.birthDate() == null ? OptionalInt.empty()
                : OptionalInt.of(Period.between(identity.birthDate(), day).getYears());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    public String id() {
        return id;
    }

    public ChildIdentity identity() {
        return identity;
    }

    public ChildCare care() {
        return care;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
