package fr.portailfamilles.gateway.problem;

import org.springframework.http.HttpStatusCode;

/** The stable code, French title and French detail of an HTTP status raised by the gateway itself. */
record StandardProblem(String code, String title, String detail) {

    static StandardProblem forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> new StandardProblem("requete-invalide", "Requête invalide", "La requête est invalide.");
            case 401 -> new StandardProblem("authentification-requise", "Authentification requise",
                    "Vous devez vous connecter pour accéder à cette ressource.");
            case 403 -> new StandardProblem("acces-refuse", "Accès refusé",
                    "Vous n'avez pas les droits nécessaires pour cette action.");
            case 404 -> new StandardProblem("ressource-introuvable", "Ressource introuvable",
                    "La ressource demandée est introuvable.");
            case 405 -> new StandardProblem("methode-non-autorisee", "Méthode non autorisée",
                    "Cette méthode n'est pas autorisée sur cette ressource.");
            case 406 -> new StandardProblem("format-non-acceptable", "Format non acceptable",
                    "Le format de réponse demandé n'est pas disponible.");
            case 413 -> new StandardProblem("requete-trop-volumineuse", "Requête trop volumineuse",
                    "La requête est trop volumineuse.");
            case 415 -> new StandardProblem("format-non-supporte", "Format non supporté",
                    "Le format du contenu envoyé n'est pas pris en charge.");
            case 429 -> new StandardProblem("trop-de-requetes", "Trop de requêtes",
                    "Trop de requêtes : merci de patienter quelques instants.");
            case 502, 503, 504 -> new StandardProblem("service-indisponible", "Service momentanément indisponible",
                    "Le service est momentanément indisponible. Merci de réessayer dans quelques instants.");
            default -> status.is5xxServerError()
                    ? new StandardProblem("erreur-interne", "Erreur interne",
                            "Une erreur interne est survenue. L'équipe technique a été prévenue.")
                    : new StandardProblem("erreur-requete", "Requête non traitée",
                            "La requête n'a pas pu être traitée.");
        };
    }
}
