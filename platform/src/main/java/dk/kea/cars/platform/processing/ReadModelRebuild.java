package dk.kea.cars.platform.processing;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Rebuilds a read model from scratch, unlike a replay, which rewrites rows in place and so keeps rows whose events
 * the store no longer holds. The order survives a crash at any step: the processor's positions are deleted first
 * (a crash after that restarts it from the first event over the old rows, an in-place rebuild), then the rows, then
 * it starts again from the first event as if new.
 */
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final ReadModelGuard guard;
    private final List<ReadModelReset> resets;

    public ReadModelRebuild(EventProcessingConfiguration processing, TransactionManager transactions,
                            ReadModelGuard guard, List<ReadModelReset> resets) {
        this.processing = processing;
        this.transactions = transactions;
        this.guard = guard;
        this.resets = resets;
    }

    /** Empty when this process has no such processor, or does not know how to empty its read model. */
    public Optional<StreamingEventProcessor> rebuild(String processorName) {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(processorName,
                StreamingEventProcessor.class);
        List<ReadModelReset> ownResets = resets.stream().filter(reset -> reset.processor().equals(processorName))
                .toList();
        if (found.isEmpty() || ownResets.isEmpty()) {
            return Optional.empty();
        }
        StreamingEventProcessor processor = found.get();
        log.warn("Rebuilding read model '{}' from scratch: it is empty until its processor catches up",
                processorName);
        processor.shutDown();
        forgetPositions(processorName);
        transactions.executeInTransaction(() -> ownResets.forEach(reset -> reset.dropEverything().run()));
        guard.cleared(processorName);
        processor.start();
        return found;
    }

    private void forgetPositions(String processorName) {
        TokenStore tokens = processing.tokenStore(processorName);
        transactions.executeInTransaction(() -> {
            for (int segment : tokens.fetchSegments(processorName)) {
                tokens.fetchToken(processorName, segment); // a token is deleted only by the instance holding it
                tokens.deleteToken(processorName, segment);
            }
        });
    }
}
