package fr.portailfamilles.billing.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;

/** An activity as registration-service published it: the names printed on invoice lines. */
public record ActivityRecord(@Id String id, String name, String kind, List<UnitRecord> units) {

    public static final String COLLECTION = "activities";

    /** One unit of the grid: {@code matin} on the row {@code ACCUEIL}, labelled « Matin ». */
    public record UnitRecord(String code, String row, String label) {
    }

    public static ActivityRecord unknown(String activityId) {
        return new ActivityRecord(activityId, activityId, null, List.of());
    }

    public Optional<UnitRecord> unit(String code) {
        return units == null ? Optional.empty() : units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
