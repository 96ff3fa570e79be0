package dk.kea.cars.helm;

import java.util.LinkedHashMap;
import java.util.Map;

/** Helm's coalescing of a values overlay onto the chart's values: maps merge key by key, null removes a key. */
final class ValuesMerge {

    private ValuesMerge() {
    }

    static Map<String, Object> overlay(Map<String, Object> base, Map<String, Object> overlay) {
        var merged = new LinkedHashMap<>(base);
        overlay.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else if (value instanceof Map<?, ?> overlayMap && merged.get(key) instanceof Map<?, ?> baseMap) {
                merged.put(key, overlay(asValues(baseMap), asValues(overlayMap)));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asValues(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
