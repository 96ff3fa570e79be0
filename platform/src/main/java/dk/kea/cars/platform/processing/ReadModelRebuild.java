package dk.kea.cars.platform.processing;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
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
        if (found.isEmpty() || ownResets(processorName).isEmpty()) {
            return Optional.empty();
        }
        found.get().shutDown();
        rebuildStopped(processorName);
        found.get().start();
        return found;
    }

    /**
     * The same for a processor stopped on every instance ({@link ReadModelControl}): false when this process does not
     * know how to empty its read model. Throws {@code UnableToClaimTokenException}, having changed nothing, while
     * another instance still holds a segment.
     */
    boolean rebuildStopped(String processorName) {
        List<ReadModelReset> ownResets = ownResets(processorName);
        if (ownResets.isEmpty()) {
            return false;
        }
        log.warn("Rebuilding read model '{}' from scratch: it is empty until its processor catches up",
                processorName);
        forgetPositions(processorName);
        transactions.executeInTransaction(() -> ownResets.forEach(reset -> reset.dropEverything().run()));
        guard.cleared(processorName);
        return true;
    }

    private List<ReadModelReset> ownResets(String processorName) {
        return resets.stream().filter(reset -> reset.processor().equals(processorName)).toList();
    }

    /**
     * Every segment is claimed before any is deleted (a token is deleted only by the instance holding it), so a
     * segment still held elsewhere leaves all positions as they were, also in a token store without transactions.
     * The dead letters go with the positions (in one transaction where the store has them): the rebuild handles every
     * event again, and a letter left behind would park the events of its sequence once more.
     */
    private void forgetPositions(String processorName) {
        TokenStore tokens = processing.tokenStore(processorName);
        transactions.executeInTransaction(() -> {
            int[] segments = tokens.fetchSegments(processorName);
            claimAll(tokens, processorName, segments);
            for (int segment : segments) {
                tokens.deleteToken(processorName, segment);
            }
            processing.deadLetterQueue(processorName).ifPresent(SequencedDeadLetterQueue::clear);
        });
    }

    private static void claimAll(TokenStore tokens, String processorName, int[] segments) {
        List<Integer> claimed = new ArrayList<>();
        try {
            for (int segment : segments) {
                tokens.fetchToken(processorName, segment);
                claimed.add(segment);
            }
        } catch (UnableToClaimTokenException heldElsewhere) {
            claimed.forEach(segment -> tokens.releaseClaim(processorName, segment));
            throw heldElsewhere;
        }
    }
}
