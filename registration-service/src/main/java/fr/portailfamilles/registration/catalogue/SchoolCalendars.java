package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.catalogue.domain.SchoolCalendar;
import fr.portailfamilles.registration.catalogue.domain.Season;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The school calendars, one per season. */
@Repository
public class SchoolCalendars {

    private final MongoTemplate mongo;

    SchoolCalendars(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<SchoolCalendar> find(String seasonId) {
        return Optional.ofNullable(mongo.findById(seasonId, SchoolCalendar.class));
    }

    public List<SchoolCalendar> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "season.start")), SchoolCalendar.class);
    }

    /** The season an activity may belong to: one whose school calendar is defined. */
    public Season season(String seasonId) {
        return find(seasonId).map(SchoolCalendar::season).orElseThrow(() -> DomainProblem.unprocessable(
                "saison-inconnue", "Aucun calendrier scolaire n'est défini pour la saison « " + seasonId
                        + " » : définissez-le d'abord."));
    }

    SchoolCalendar save(SchoolCalendar calendar) {
        return mongo.save(calendar);
    }
}
