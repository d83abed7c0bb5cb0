package fr.portailfamilles.billing.tariff;

import fr.portailfamilles.billing.tariff.domain.Tariff;
import fr.portailfamilles.billing.tariff.domain.TariffGrid;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The town's tariffs, one document each. */
@Repository
public class Tariffs {

    static final String COLLECTION = "tariffs";

    private final MongoTemplate mongo;

    Tariffs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public TariffGrid grid() {
        return new TariffGrid(all());
    }

    /** The grid of the given activities only: what a quote or one family's invoice needs. */
    public TariffGrid gridFor(Collection<String> activityIds) {
        return new TariffGrid(mongo.find(Query.query(Criteria.where("activityId").in(activityIds)), Tariff.class,
                COLLECTION));
    }

    public List<Tariff> all() {
        return mongo.find(new Query().with(Sort.by("activityId", "unit", "validFrom")), Tariff.class, COLLECTION);
    }

    public Optional<Tariff> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Tariff.class, COLLECTION));
    }

    public void save(Tariff tariff) {
        mongo.save(tariff, COLLECTION);
    }
}
