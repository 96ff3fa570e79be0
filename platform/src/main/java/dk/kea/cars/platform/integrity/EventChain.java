package dk.kea.cars.platform.integrity;

import dk.kea.cars.api.common.MetadataKeys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper-evidence rule, written once for the side that writes events and the side that verifies them.
 * <p>
 * An event's hash is SHA-256 over, in this order: the previous hash of its aggregate ("" at the start of a chain),
 * aggregate type, aggregate id, sequence, payload type, payload revision, the payload's serialized bytes as stored,
 * event id, timestamp (epoch milliseconds, the precision every store keeps), and the metadata that matters
 * ({@link #METADATA_THAT_MATTERS}, each key with its value or "absent"). Each part is length-prefixed, so no two
 * different events encode alike. The hash itself travels in the event's metadata under {@link #CHAIN_HASH}.
 * <p>
 * The store digest an anchor records is a running hash over every event in store order:
 * {@code digest = SHA-256(digest ‖ event hash)}, from 32 zero bytes; an event without a hash (written before
 * chaining) contributes the hash of its own content with an empty previous hash.
 */
public final class EventChain {

    /** The metadata key of an event's chain hash (lower-case hex). */
    public static final String CHAIN_HASH = "chainHash";

    /** What an event's hash covers of its metadata: who acted, on which request, caused by which message. */
    public static final List<String> METADATA_THAT_MATTERS = List.of(MetadataKeys.EMPLOYEE_ID,
            MetadataKeys.CORRELATION_ID, MetadataKeys.CAUSATION_ID, MetadataKeys.CLIENT_ADDRESS);

    /** The previous hash at the start of a chain. */
    public static final String START = "";

    /** The store digest before the first event. */
    public static final String EMPTY_DIGEST = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();
    private static final int ABSENT = -1;

    private EventChain() {
    }

    /** The hash of {@code event} when the previous event of its aggregate had {@code previousHash}. */
    public static String hash(String previousHash, StoredEvent event) {
        MessageDigest sha = sha256();
        text(sha, previousHash);
        text(sha, event.aggregateType());
        text(sha, event.aggregateId());
        text(sha, Long.toString(event.sequence()));
        text(sha, event.payloadType());
        text(sha, event.payloadRevision());
        bytes(sha, event.payload());
        text(sha, event.eventId());
        text(sha, Long.toString(event.timestampMillis()));
        for (String key : METADATA_THAT_MATTERS) {
            text(sha, key);
            String value = event.metadata().get(key);
            if (value == null) {
                length(sha, ABSENT);
            } else {
                text(sha, value);
            }
        }
        return HEX.formatHex(sha.digest());
    }

    /** What an event adds to the store digest: its recorded hash, or for an unchained event its content's hash. */
    public static String contribution(StoredEvent event) {
        String recorded = event.chainHash();
        return recorded != null ? recorded : hash(START, event);
    }

    /** The store digest after one more event whose contribution is {@code eventHash}. */
    public static String fold(String digest, String eventHash) {
        MessageDigest sha = sha256();
        sha.update(HEX.parseHex(digest));
        sha.update(HEX.parseHex(eventHash));
        return HEX.formatHex(sha.digest());
    }

    /** Whether the text is a SHA-256 in lower-case hex, as this rule writes them. */
    public static boolean isDigest(String text) {
        return text != null && text.length() == 64 && text.chars().allMatch(c -> HEX.isHexDigit(c)
                && !Character.isUpperCase(c));
    }

    private static void text(MessageDigest sha, String value) {
        bytes(sha, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest sha, byte[] value) {
        length(sha, value.length);
        sha.update(value);
    }

    private static void length(MessageDigest sha, int length) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(length).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
