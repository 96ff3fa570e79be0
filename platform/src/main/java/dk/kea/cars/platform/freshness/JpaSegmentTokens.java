package dk.kea.cars.platform.freshness;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;

/** The tokens of a processor whose positions Axon's {@link JpaTokenStore} keeps (its {@code TokenEntry} rows). */
class JpaSegmentTokens implements SegmentTokenReader {

    private final Supplier<EntityManagerProvider> entityManagers;
    private final TransactionManager transactions;

    JpaSegmentTokens(Supplier<EntityManagerProvider> entityManagers, TransactionManager transactions) {
        this.entityManagers = entityManagers;
        this.transactions = transactions;
    }

    @Override
    public Optional<List<TrackingToken>> read(String processor, TokenStore store) {
        if (!(store instanceof JpaTokenStore jpa)) {
            return Optional.empty();
        }
        List<Object[]> rows = transactions.fetchInTransaction(() -> entityManagers.get().getEntityManager()
                .createQuery("SELECT t.token, t.tokenType FROM TokenEntry t WHERE t.processorName = :processor",
                        Object[].class)
                .setParameter("processor", processor)
                .getResultList());
        return Optional.of(rows.stream()
                .map(row -> SegmentTokenReader.deserialize((byte[]) row[0], (String) row[1], jpa.serializer()))
                .toList());
    }
}
