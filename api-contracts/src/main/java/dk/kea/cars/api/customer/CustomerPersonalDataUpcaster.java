package dk.kea.cars.api.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kea.cars.api.personaldata.SealedText;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;

/**
 * Revision 1 of the customer events carried the personal fields as text, before they were encrypted. Read as
 * revision 2 with each field in the legacy form of {@link SealedText} ({@code plain:<text>}), which every reader shows
 * as text unless the customer was erased since. The stored bytes stay as they are (what the event log's hash chain
 * covers), so this is also why erasure cannot remove the text of these old events from the store itself.
 */
public class CustomerPersonalDataUpcaster extends SingleEventUpcaster {

    private static final List<String> TYPES = List.of(CustomerCreated.class.getTypeName(),
            CustomerUpdated.class.getTypeName(), CustomerDeleted.class.getTypeName());
    private static final List<String> PERSONAL_FIELDS = List.of("email", "phoneNumber", "firstName", "lastName",
            "address");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return "1".equals(event.getType().getRevision()) && TYPES.contains(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), JsonNode.class,
                payload -> {
                    ObjectNode fields = (ObjectNode) payload;
                    PERSONAL_FIELDS.forEach(field -> {
                        JsonNode text = fields.get(field);
                        if (text != null && text.isTextual()) {
                            fields.put(field, SealedText.legacy(text.asText()).value());
                        }
                    });
                    return fields;
                });
    }
}
