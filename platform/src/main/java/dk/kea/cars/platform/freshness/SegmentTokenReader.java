package dk.kea.cars.platform.freshness;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Reads every segment's stored token of a processor without claiming any: {@link TokenStore#fetchToken} claims the
 * segment, which the instances processing it hold. The stored tokens are the positions every instance has committed,
 * in the same transaction as the rows (JPA) or after the documents (MongoDB), never ahead of the read model.
 */
public interface SegmentTokenReader {

    /** Each segment's token (null while it has none); empty when this reader does not know where {@code store} keeps them. */
    Optional<List<TrackingToken>> read(String processor, TokenStore store);

    /** A token as Axon's token stores serialize it. */
    static TrackingToken deserialize(byte[] token, String tokenType, Serializer serializer) {
        return token == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
    }
}
