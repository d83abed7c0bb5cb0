package fr.portailfamilles.registration.registration.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.problem.ProblemKind;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.family.domain.FamilyFile;
import fr.portailfamilles.registration.family.domain.KnownChild;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * What a registration request must meet, checked in the order a parent can act on: a complete
 * family file, an activity still taking registrations, an age the activity admits, and no live
 * registration or pending request of the child for that activity and season.
 */
public record RegistrationRules(LocalDate today) {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public void check(Activity activity, KnownChild child, FamilyFile file, List<Registration> childRegistrations) {
        requireCompleteFile(file);
        requireOpen(activity);
        requireAge(activity, child);
        requireNoDuplicate(activity, child, childRegistrations);
    }

    public static void requireCompleteFile(FamilyFile file) {
        if (!file.isComplete()) {
            throw DomainProblem.unprocessable("dossier-incomplet", "Votre dossier famille doit être complet pour "
                    + "inscrire un enfant à une activité. Merci de contacter le service Enfance Jeunesse aux heures "
                    + "d'ouverture de la mairie.");
        }
    }

    void requireOpen(Activity activity) {
        if (!activity.takesRegistrationsOn(today)) {
            throw DomainProblem.unprocessable("inscriptions-terminees", "Les inscriptions à « " + activity.name()
                    + " » sont closes : la saison « " + activity.season().label() + " » est terminée.");
        }
    }

    public static void requireAge(Activity activity, KnownChild child) {
        if (child.birthDate() == null) {
            throw DomainProblem.unprocessable("date-naissance-inconnue", "La date de naissance de "
                    + child.firstName() + " manque au dossier famille : le service doit la compléter.");
        }
        if (!activity.admitsChildBornOn(child.birthDate())) {
            int age = activity.ageAtSeasonStart(child.birthDate());
            throw new DomainProblem(ProblemKind.UNPROCESSABLE, "age-hors-limites", "L'activité « " + activity.name()
                    + " » est ouverte aux enfants " + activity.ages().label() + " au "
                    + activity.season().start().format(FRENCH_DATE) + " (début de la saison). Âge de "
                    + child.firstName() + " à cette date : " + age + " ans.",
                    Map.of("ageMin", activity.ages().min(), "ageMax", activity.ages().max(), "age", age));
        }
    }

    static void requireNoDuplicate(Activity activity, KnownChild child, List<Registration> childRegistrations) {
        childRegistrations.stream()
                .filter(existing -> existing.holdsPlaceFor(activity.id(), activity.season().id()))
                .findFirst()
                .ifPresent(existing -> {
                    throw DomainProblem.conflict("inscription-en-double",
                            existing.state() == RegistrationState.VALIDEE
                                    ? "L'inscription de " + child.firstName() + " à « " + activity.name()
                                            + " » est déjà validée pour la saison « " + activity.season().label()
                                            + " »."
                                    : "Une demande d'inscription de " + child.firstName() + " à « " + activity.name()
                                            + " » est déjà en attente de traitement.");
                });
    }
}
