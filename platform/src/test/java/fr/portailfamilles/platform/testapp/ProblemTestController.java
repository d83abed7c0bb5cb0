package fr.portailfamilles.platform.testapp;

import fr.portailfamilles.platform.problem.DomainProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail in each way a real service can, to check the shape of the answers. */
@RestController
class ProblemTestController {

    @GetMapping("/test/children/{id}")
    String child(@PathVariable String id) {
        throw DomainProblem.notFound("enfant-introuvable", "L'enfant « " + id + " » est introuvable.");
    }

    @GetMapping("/test/numbers/{value}")
    int number(@PathVariable int value) {
        return value;
    }

    @PostMapping("/test/children")
    String create(@Valid @RequestBody NewChild child) {
        return child.firstName();
    }

    @GetMapping("/test/bug")
    String bug() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    record NewChild(@NotBlank(message = "Le prénom est obligatoire.") String firstName,
            @Past(message = "La date de naissance doit être dans le passé.") LocalDate birthDate) {
    }
}
