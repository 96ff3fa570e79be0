package dk.kea.cars.command.messaging;

import dk.kea.cars.api.common.MetadataKeys;
import dk.kea.cars.api.customer.CustomerPersonalDataUpcaster;
import dk.kea.cars.api.purchase.PurchaseCreatedUpcaster;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Metadata on every event (spec §7) and snapshots. */
@Configuration
public class CommandMessagingConfig {

    private static final List<String> PROPAGATED = List.of(
            MetadataKeys.EMPLOYEE_ID, MetadataKeys.CORRELATION_ID, MetadataKeys.CLIENT_ADDRESS);

    /** Events inherit who and why from their command; the command itself is their cause. */
    @Bean
    public CorrelationDataProvider keaCorrelationData() {
        return message -> {
            Map<String, Object> data = new HashMap<>();
            PROPAGATED.forEach(key -> {
                Object value = message.getMetaData().get(key);
                if (value != null) {
                    data.put(key, value);
                }
            });
            data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
            return data;
        };
    }

    /** Old purchases load as the current revision (aggregates read events through the upcaster chain). */
    @Bean
    public PurchaseCreatedUpcaster commandPurchaseCreatedUpcaster() {
        return new PurchaseCreatedUpcaster();
    }

    /** Customers stored before their personal data was encrypted load with it as legacy text. */
    @Bean
    public CustomerPersonalDataUpcaster commandCustomerPersonalDataUpcaster() {
        return new CustomerPersonalDataUpcaster();
    }

    /**
     * Loading an aggregate never replays more than this many events (spec §7). Snapshots are the aggregate's
     * fields serialised by Axon's Jackson serializer: every aggregate is annotated to expose its fields to it.
     */
    @Bean
    public SnapshotTriggerDefinition keaSnapshotTrigger(Snapshotter snapshotter,
                                                        @Value("${kea.snapshot.threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
