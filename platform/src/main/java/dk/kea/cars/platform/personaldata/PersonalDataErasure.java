package dk.kea.cars.platform.personaldata;

import dk.kea.cars.api.personaldata.ForgetPersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataKeyForgotten;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * After an erasure: every instance of every service that may hold a copy of the person's key drops it
 * (scatter-gather, the one message Axon Server SE delivers to every instance), and so does this one.
 */
public class PersonalDataErasure {

    private final QueryGateway queries;
    private final PersonalDataKeys keys;
    private final Duration timeout;

    public PersonalDataErasure(QueryGateway queries, PersonalDataKeys keys, Duration timeout) {
        this.queries = queries;
        this.keys = keys;
        this.timeout = timeout;
    }

    /** The instances that confirmed within the timeout; the others let their copy expire. */
    public List<String> forgetEverywhere(UUID subject) {
        keys.forget(subject);
        return queries.scatterGather(new ForgetPersonalDataKey(subject),
                        ResponseTypes.instanceOf(PersonalDataKeyForgotten.class), timeout.toMillis(),
                        TimeUnit.MILLISECONDS)
                .map(PersonalDataKeyForgotten::instance).toList();
    }
}
