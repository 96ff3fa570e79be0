package dk.kea.cars.platform.freshness;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.function.Supplier;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Asks Axon's JPA event store ({@code DomainEventEntry}) which gaps hold a committed event, lowest gaps first and a
 * bounded number per query: a token may carry thousands of gaps (Axon keeps them up to 10 000 positions back).
 */
class JpaCommittedGaps implements CommittedGaps {

    private static final int GAPS_PER_QUERY = 500;

    private final Supplier<EntityManagerProvider> entityManagers;
    private final TransactionManager transactions;

    JpaCommittedGaps(Supplier<EntityManagerProvider> entityManagers, TransactionManager transactions) {
        this.entityManagers = entityManagers;
        this.transactions = transactions;
    }

    @Override
    public OptionalLong lowest(SortedSet<Long> positions) {
        List<Long> all = new ArrayList<>(positions);
        for (int from = 0; from < all.size(); from += GAPS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + GAPS_PER_QUERY));
            List<Long> found = transactions.fetchInTransaction(() -> entityManagers.get().getEntityManager()
                    .createQuery("SELECT e.globalIndex FROM DomainEventEntry e WHERE e.globalIndex IN :positions "
                            + "ORDER BY e.globalIndex ASC", Long.class)
                    .setParameter("positions", chunk)
                    .setMaxResults(1)
                    .getResultList());
            if (!found.isEmpty()) {
                return OptionalLong.of(found.get(0));
            }
        }
        return OptionalLong.empty();
    }
}
