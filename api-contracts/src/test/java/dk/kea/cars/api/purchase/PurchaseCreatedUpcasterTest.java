package dk.kea.cars.api.purchase;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A purchase stored with revision 1 (no currency) is read as revision 2 in Danish kroner. */
class PurchaseCreatedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void aRevisionOneEventIsReadWithTheDefaultCurrency() {
        UUID id = UUID.randomUUID();
        UUID car = UUID.randomUUID();

        PurchaseCreated event = upcast(stored(id, car, "1"));

        assertThat(event.id()).isEqualTo(id);
        assertThat(event.carId()).isEqualTo(car);
        assertThat(event.dateOfPurchase()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(event.currency()).isEqualTo("DKK");
    }

    @Test
    void aRevisionTwoEventIsLeftAlone() {
        List<IntermediateEventRepresentation> out = new PurchaseCreatedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored(UUID.randomUUID(), UUID.randomUUID(), "2"),
                        serializer))).toList();

        assertThat(out.get(0).getType().getRevision()).isEqualTo("2");
    }

    private PurchaseCreated upcast(GenericDomainEventEntry<byte[]> entry) {
        IntermediateEventRepresentation upcast = new PurchaseCreatedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.getData());
    }

    private static GenericDomainEventEntry<byte[]> stored(UUID id, UUID car, String revision) {
        String json = "{\"id\":\"" + id + "\",\"sequence\":0,\"occurredAt\":\"2026-12-01T10:00:00Z\",\"carId\":\""
                + car + "\",\"dateOfPurchase\":\"2026-12-01\",\"deleted\":false}";
        return new GenericDomainEventEntry<>("Purchase", id.toString(), 0, UUID.randomUUID().toString(),
                "2026-12-01T10:00:00Z", PurchaseCreated.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }
}
