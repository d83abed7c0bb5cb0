package fr.portailfamilles.family.file.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule staff apply before declaring a family file complete (which opens the family's
 * account). Missing, blocking: a guardian reachable by e-mail, post and phone; at least one
 * child; each child's birth date; for each child, who may pick them up, or an explicit « aucune ».
 * Reported without blocking: no family quotient (the highest tariff applies), a quotient proof
 * older than a year, an unanswered image consent.
 */
public final class FileCompleteness {

    static final int PROOF_VALIDITY_MONTHS = 12;

    private FileCompleteness() {
    }

    public static CompletenessReport check(Family family, LocalDate today) {
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (family.guardians().stream().noneMatch(Guardian::isReachable)) {
            missing.add("Au moins un responsable légal doit avoir une adresse e-mail, une adresse postale complète "
                    + "et un numéro de téléphone.");
        }
        if (family.children().isEmpty()) {
            missing.add("Le dossier doit compter au moins un enfant.");
        }
        family.children().forEach(child -> checkChild(child, missing, warnings));
        checkQuotient(family, today, warnings);
        return new CompletenessReport(missing, warnings);
    }

    private static void checkChild(Child child, List<String> missing, List<String> warnings) {
        String name = child.identity().firstName();
        if (child.identity().birthDate() == null) {
            missing.add("La date de naissance de %s n'est pas renseignée.".formatted(name));
        }
        if (!child.care().pickUp().isAnswered()) {
            missing.add("Indiquez les personnes autorisées à venir chercher %s, ou « aucune ».".formatted(name));
        }
        if (child.care().imageConsent() == null) {
            warnings.add("L'autorisation de photographier %s n'est pas renseignée : elle vaut refus.".formatted(name));
        }
    }

    private static void checkQuotient(Family family, LocalDate today, List<String> warnings) {
        FamilyQuotient quotient = family.quotient();
        if (quotient == null) {
            warnings.add("Quotient familial non renseigné : le tarif le plus élevé s'appliquera.");
        } else if (quotient.proofDate().plusMonths(PROOF_VALIDITY_MONTHS).isBefore(today)) {
            warnings.add("Le justificatif du quotient familial date de plus d'un an.");
        }
    }
}
