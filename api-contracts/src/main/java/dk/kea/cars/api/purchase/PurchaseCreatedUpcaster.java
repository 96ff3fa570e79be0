package dk.kea.cars.api.purchase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of {@link PurchaseCreated} had no currency: every purchase then was in Danish kroner. Applied wherever
 * purchases are read from the store (aggregates, projections, audit), so old events load as revision 2.
 */
public class PurchaseCreatedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(PurchaseCreated.class.getTypeName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(PurchaseCreated.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("currency", PurchaseCreated.DEFAULT_CURRENCY);
            return payload;
        });
    }
}
