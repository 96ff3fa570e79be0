package dk.kea.cars.api.readmodel;

import java.util.List;

/**
 * A read model's processor as one instance sees it: the event store's head, whether it runs here, why it stopped,
 * and the segments this instance holds.
 *
 * @param aheadOfStorePosition the position it stopped at for being past the store's head, or null
 * @param paused               stopped on every instance for a replay or rebuild in progress
 * @param segmentCount         how many segments its positions are split into (in the token store)
 * @param deadLetters          how many events it holds parked in its dead-letter queue, or null when it has none or
 *                             its store cannot be reached
 */
public record ReadModelProcessor(String name, Long head, boolean running, String error, Long aheadOfStorePosition,
                                 boolean paused, int segmentCount, List<ReadModelSegment> segments,
                                 Long deadLetters) {

    public ReadModelProcessor {
        segments = List.copyOf(segments);
    }
}
