package dk.kea.cars.command.integrity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chain heads this instance committed most recently, so the next event of a busy aggregate needs no read of
 * the store. An entry is a fact (an aggregate's event at a sequence never changes once committed); it is used only
 * for the sequence right after it, so heads written meanwhile by another instance are read from the store.
 */
final class CommittedHeads {

    private final Map<String, Head> heads;

    CommittedHeads(int capacity) {
        this.heads = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Head get(String aggregateId) {
        return heads.get(aggregateId);
    }

    synchronized void remember(Map<String, Head> committed) {
        heads.putAll(committed);
    }
}
