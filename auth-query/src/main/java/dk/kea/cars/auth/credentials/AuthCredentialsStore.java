package dk.kea.cars.auth.credentials;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** {@code auth_credentials}: one document per employee, found by id or by (normalised) email. */
@Component
public class AuthCredentialsStore {

    private final MongoTemplate mongo;

    /** The unique index keeps the login lookup fast and makes two employees with one email impossible here too. */
    public AuthCredentialsStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(AuthCredentialsDocument.class)
                .createIndex(new Index("email", Sort.Direction.ASC).unique().named("auth_credentials_email"));
    }

    public Optional<AuthCredentialsDocument> byId(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), AuthCredentialsDocument.class));
    }

    public Optional<AuthCredentialsDocument> byEmail(String email) {
        return Optional.ofNullable(mongo.findOne(query(where("email").is(email)), AuthCredentialsDocument.class));
    }

    AuthCredentialsDocument save(AuthCredentialsDocument credentials) {
        return mongo.save(credentials);
    }
}
