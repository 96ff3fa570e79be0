package dk.kea.cars.platform.integrity;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Axon's JPA event store, read as rows of its table ({@code domain_event_entry}, whose schema platform's Flyway
 * scripts own): the payload and metadata columns are the bytes the storage engine wrote. Plain SQL that runs on H2,
 * MySQL and MariaDB alike.
 */
final class JdbcStoredEvents implements StoredEvents {

    private static final String COLUMNS = "SELECT global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data "
            + "FROM domain_event_entry ";

    private final DataSource dataSource;
    private final Serializer serializer;

    JdbcStoredEvents(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    @Override
    public List<StoredEvent> after(long position, int max) {
        return query(COLUMNS + "WHERE global_index > ? ORDER BY global_index LIMIT ?", statement -> {
            statement.setLong(1, position);
            statement.setInt(2, max);
        });
    }

    @Override
    public List<StoredEvent> ofAggregate(String aggregateId, long fromSequence, int max) {
        return query(COLUMNS + "WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number "
                + "LIMIT ?", statement -> {
            statement.setString(1, aggregateId);
            statement.setLong(2, fromSequence);
            statement.setInt(3, max);
        });
    }

    @Override
    public long head() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT MAX(global_index) FROM domain_event_entry");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            long head = rows.getLong(1);
            return rows.wasNull() ? BEFORE_FIRST : head;
        } catch (SQLException e) {
            throw new IllegalStateException("The event store's head could not be read", e);
        }
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<StoredEvent> query(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(event(rows));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("The event store could not be read", e);
        }
    }

    /**
     * An event published outside any aggregate is stored with no type, its own id as aggregate id and sequence 0
     * (Axon's {@code EventUtils.asDomainEventMessage}); it is read back as belonging to no aggregate.
     */
    private StoredEvent event(ResultSet row) throws SQLException {
        String type = row.getString("type");
        String aggregateId = row.getString("aggregate_identifier");
        String eventId = row.getString("event_identifier");
        long sequence = row.getLong("sequence_number");
        boolean outsideAggregates = type == null && aggregateId.equals(eventId) && sequence == 0;
        return new StoredEvent(row.getLong("global_index"), type, outsideAggregates ? "" : aggregateId,
                sequence, eventId, DateTimeUtils.parseInstant(row.getString("time_stamp")).toEpochMilli(),
                row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"),
                metadata(row.getBytes("meta_data")));
    }

    private Map<String, String> metadata(byte[] stored) {
        if (stored == null) {
            return Map.of();
        }
        MetaData metaData = serializer.deserialize(
                new SimpleSerializedObject<>(stored, byte[].class, MetaData.class.getName(), null));
        Map<String, String> text = new HashMap<>();
        metaData.forEach((key, value) -> {
            if (value != null) {
                text.put(key, String.valueOf(value));
            }
        });
        return text;
    }
}
