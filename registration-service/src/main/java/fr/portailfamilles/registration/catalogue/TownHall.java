package fr.portailfamilles.registration.catalogue;

import fr.portailfamilles.registration.catalogue.domain.OpeningHours;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Where the town hall's opening hours are kept. */
@Repository
public class TownHall {

    private final MongoTemplate mongo;

    TownHall(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<OpeningHours> openingHours() {
        return Optional.ofNullable(mongo.findById(OpeningHours.TOWN_HALL, OpeningHours.class));
    }

    OpeningHours save(OpeningHours hours) {
        return mongo.save(hours);
    }
}
