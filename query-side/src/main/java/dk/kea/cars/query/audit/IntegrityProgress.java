package dk.kea.cars.query.audit;

import dk.kea.cars.api.audit.AuditedType;
import dk.kea.cars.api.validation.RuleViolation;
import dk.kea.cars.platform.integrity.EventChain;
import dk.kea.cars.platform.integrity.StoredEvents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a whole-store check stands between two pages, handed to the client as an opaque continuation: the position
 * reached, the running store digest and event count up to it (what the next anchor is compared with), the next
 * anchor's sequence, the counts so far, and the aggregate type the check is limited to ("" for all). It is the
 * client's own check: a forged continuation can only make the client's own answer wrong.
 */
record IntegrityProgress(long after, long covered, String digest, long nextAnchor, long anchoredUpTo,
                         long checked, long unchained, long anchorsChecked, String aggregateType) {

    private static final String VERSION = "1";

    static IntegrityProgress start(String aggregateType) {
        return new IntegrityProgress(StoredEvents.BEFORE_FIRST, 0, EventChain.EMPTY_DIGEST, 0,
                StoredEvents.BEFORE_FIRST, 0, 0, 0, aggregateType == null ? "" : aggregateType);
    }

    String encode() {
        String plain = String.join(":", VERSION, Long.toString(after), Long.toString(covered), digest,
                Long.toString(nextAnchor), Long.toString(anchoredUpTo), Long.toString(checked),
                Long.toString(unchained), Long.toString(anchorsChecked), aggregateType);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws RuleViolation when it is not a continuation this service handed out */
    static IntegrityProgress decode(String continuation) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(continuation), StandardCharsets.UTF_8)
                    .split(":", -1);
            if (parts.length != 10 || !parts[0].equals(VERSION) || !EventChain.isDigest(parts[3])) {
                throw new RuleViolation("is not a continuation of an integrity check");
            }
            IntegrityProgress progress = new IntegrityProgress(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    parts[3], Long.parseLong(parts[4]), Long.parseLong(parts[5]), Long.parseLong(parts[6]),
                    Long.parseLong(parts[7]), Long.parseLong(parts[8]), parts[9]);
            if (progress.after < StoredEvents.BEFORE_FIRST || progress.covered < 0 || progress.nextAnchor < 0
                    || progress.checked < 0 || progress.unchained < 0 || progress.anchorsChecked < 0
                    || !(progress.aggregateType.isEmpty() || AuditedType.fromSlug(progress.aggregateType).isPresent())) {
                throw new RuleViolation("is not a continuation of an integrity check");
            }
            return progress;
        } catch (IllegalArgumentException malformed) {
            throw new RuleViolation("is not a continuation of an integrity check");
        }
    }
}
