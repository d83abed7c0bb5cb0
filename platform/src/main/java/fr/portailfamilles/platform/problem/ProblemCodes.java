package fr.portailfamilles.platform.problem;

import org.springframework.http.HttpStatusCode;

/** The stable codes and French messages of the errors the framework raises before domain code runs. */
public final class ProblemCodes {

    public static final String TYPE_BASE = "https://portail-familles.fr/problemes/";

    private ProblemCodes() {
    }

    /** Code for a status when no domain code applies. */
    public static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "requete-invalide";
            case 401 -> "authentification-requise";
            case 403 -> "acces-refuse";
            case 404 -> "ressource-introuvable";
            case 405 -> "methode-non-autorisee";
            case 406 -> "format-non-acceptable";
            case 409 -> "conflit";
            case 413 -> "requete-trop-volumineuse";
            case 415 -> "format-non-supporte";
            case 422 -> "regle-metier-non-respectee";
            case 429 -> "trop-de-requetes";
            case 503 -> "service-indisponible";
            default -> status.is5xxServerError() ? "erreur-interne" : "erreur-requete";
        };
    }

    /** French message for a status when no domain message applies. */
    public static String frenchMessageFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "La requête est invalide.";
            case 401 -> "Vous devez vous connecter pour accéder à cette ressource.";
            case 403 -> "Vous n'avez pas les droits nécessaires pour cette action.";
            case 404 -> "La ressource demandée est introuvable.";
            case 405 -> "Cette méthode n'est pas autorisée sur cette ressource.";
            case 406 -> "Le format de réponse demandé n'est pas disponible.";
            case 409 -> "La requête est en conflit avec l'état actuel de la ressource.";
            case 413 -> "La requête est trop volumineuse.";
            case 415 -> "Le format du contenu envoyé n'est pas pris en charge.";
            case 422 -> "La requête ne respecte pas une règle de gestion.";
            case 429 -> "Trop de requêtes : merci de patienter quelques instants.";
            case 503 -> "Le service est momentanément indisponible. Merci de réessayer dans quelques instants.";
            default -> status.is5xxServerError()
                    ? "Une erreur interne est survenue. L'équipe technique a été prévenue."
                    : "La requête n'a pas pu être traitée.";
        };
    }
}
