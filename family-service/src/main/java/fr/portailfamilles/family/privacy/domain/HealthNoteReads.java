package fr.portailfamilles.family.privacy.domain;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The audit trail of health-note reads; entries are only ever added. */
@Repository
public class HealthNoteReads {

    public static final String COLLECTION = "health_note_reads";

    private final MongoTemplate mongo;

    HealthNoteReads(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("familyId", Sort.Direction.ASC));
    }

    public void record(HealthNoteRead read) {
        mongo.insert(read);
    }

    /** The family's trail, newest first. */
    public List<HealthNoteRead> ofFamily(String familyId) {
        return mongo.find(Query.query(Criteria.where("familyId").is(familyId)).with(Sort.by(Sort.Direction.DESC,
                "readAt")), HealthNoteRead.class);
    }
}
