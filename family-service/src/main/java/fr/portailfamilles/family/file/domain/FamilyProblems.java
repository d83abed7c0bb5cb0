package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.platform.problem.DomainProblem;

/** The refusals about a family file, with their stable codes; the same answer whether an id is unknown or not the caller's. */
public final class FamilyProblems {

    private FamilyProblems() {
    }

    public static DomainProblem familyNotFound() {
        return DomainProblem.notFound("famille-introuvable", "Cette famille est introuvable.");
    }

    public static DomainProblem childNotFound() {
        return DomainProblem.notFound("enfant-introuvable", "Cet enfant est introuvable dans le dossier de la famille.");
    }

    public static DomainProblem guardianNotFound() {
        return DomainProblem.notFound("responsable-introuvable",
                "Ce responsable légal est introuvable dans le dossier de la famille.");
    }

    public static DomainProblem requestNotFound() {
        return DomainProblem.notFound("demande-introuvable", "Cette demande de modification est introuvable.");
    }

    public static DomainProblem erased() {
        return DomainProblem.conflict("famille-anonymisee",
                "Les données de cette famille ont été effacées : son dossier ne peut plus être modifié.");
    }
}
