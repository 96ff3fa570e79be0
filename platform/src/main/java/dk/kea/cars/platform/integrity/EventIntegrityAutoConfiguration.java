package dk.kea.cars.platform.integrity;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stored form of the events, for the services that chain and verify them (command-side writes and anchors,
 * query-side's audit API verifies). The store is known only once Axon is configured, so the reader is chosen at
 * its first use: Axon Server's event channel where the event store is Axon Server, the table of Axon's JPA store
 * where that is the store (standalone, CI).
 */
@AutoConfiguration
public class EventIntegrityAutoConfiguration {

    @Bean
    public StoredEvents keaStoredEvents(ObjectProvider<EventStore> eventStore,
                                        ObjectProvider<EventStorageEngine> storageEngine,
                                        ObjectProvider<AxonServerConnectionManager> axonServer,
                                        ObjectProvider<DataSource> dataSource,
                                        ObjectProvider<Configuration> axon) {
        return new ChosenAtFirstUse(() -> {
            if (eventStore.getObject() instanceof AxonServerEventStore) {
                AxonServerConnectionManager connections = axonServer.getObject();
                return new AxonServerStoredEvents(() -> connections.getConnection().eventChannel());
            }
            if (storageEngine.getIfAvailable() instanceof JpaEventStorageEngine) {
                return new JdbcStoredEvents(dataSource.getObject(), axon.getObject().eventSerializer());
            }
            throw new IllegalStateException("The event store " + eventStore.getObject().getClass().getSimpleName()
                    + " keeps no stored form this service can read; tamper evidence needs Axon Server or Axon's "
                    + "JPA event store");
        });
    }

    /** Delegates to the reader of the store in use, chosen once. */
    private static final class ChosenAtFirstUse implements StoredEvents {

        private final Supplier<StoredEvents> choice;
        private volatile StoredEvents chosen;

        private ChosenAtFirstUse(Supplier<StoredEvents> choice) {
            this.choice = choice;
        }

        @Override
        public List<StoredEvent> after(long position, int max) {
            return store().after(position, max);
        }

        @Override
        public List<StoredEvent> ofAggregate(String aggregateId, long fromSequence, int max) {
            return store().ofAggregate(aggregateId, fromSequence, max);
        }

        @Override
        public long head() {
            return store().head();
        }

        private StoredEvents store() {
            if (chosen == null) {
                chosen = choice.get();
            }
            return chosen;
        }
    }
}
