package dk.kea.cars.api.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kea.cars.api.personaldata.SealedText;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Customer events stored before encryption (revision 1, text) are read as revision 2 with legacy text. */
class CustomerPersonalDataUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
    private final UUID id = UUID.randomUUID();

    @Test
    void everyPersonalFieldOfARevisionOneEventBecomesLegacyTextAndAbsentOnesStayAbsent() {
        for (Class<?> type : List.of(CustomerCreated.class, CustomerUpdated.class, CustomerDeleted.class)) {
            CustomerEvent event = upcast(stored(type, "1", "\"henrik@gmail.com\"", "null"));

            assertThat(event.getClass()).isEqualTo(type);
            assertThat(event.email()).isEqualTo(SealedText.legacy("henrik@gmail.com"));
            assertThat(event.phoneNumber()).isNull();
            assertThat(event.firstName()).isEqualTo(SealedText.legacy("Henrik"));
            assertThat(event.lastName()).isEqualTo(SealedText.legacy("Henriksen"));
            assertThat(event.address()).isEqualTo(SealedText.legacy("Vej 1"));
            assertThat(event.id()).isEqualTo(id);
        }
    }

    @Test
    void aRevisionOneAddressThatLooksSealedIsStillText() {
        CustomerEvent event = upcast(stored(CustomerCreated.class, "1", "\"aes-gcm:AAAA\"", "\"erased:\""));

        assertThat(event.email().legacyText()).isEqualTo("aes-gcm:AAAA");
        assertThat(event.phoneNumber().legacyText()).isEqualTo("erased:");
    }

    @Test
    void aRevisionTwoEventIsLeftAlone() {
        String sealed = "\"" + SealedText.CIPHER + "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\"";
        List<IntermediateEventRepresentation> out = new CustomerPersonalDataUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored(CustomerCreated.class, "2", sealed, "null"),
                        serializer))).toList();

        assertThat(out.get(0).getType().getRevision()).isEqualTo("2");
        CustomerEvent event = serializer.deserialize(out.get(0).getData());
        assertThat(event.email().isCipher()).isTrue();
    }

    private CustomerEvent upcast(GenericDomainEventEntry<byte[]> entry) {
        IntermediateEventRepresentation upcast = new CustomerPersonalDataUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.getData());
    }

    /** Exactly what the command side wrote before encryption: camelCase names, the fields as text. */
    private GenericDomainEventEntry<byte[]> stored(Class<?> type, String revision, String email, String phone) {
        String json = "{\"id\":\"" + id + "\",\"sequence\":0,\"occurredAt\":\"2025-06-01T10:00:00Z\",\"email\":"
                + email + ",\"phoneNumber\":" + phone + ",\"firstName\":\"Henrik\",\"lastName\":\"Henriksen\","
                + "\"address\":\"Vej 1\",\"deleted\":false}";
        return new GenericDomainEventEntry<>("Customer", id.toString(), 0, UUID.randomUUID().toString(),
                "2025-06-01T10:00:00Z", type.getName(), revision, json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}
