package dk.kea.cars.query.audit;

import dk.kea.cars.api.readmodel.DeadLetterReport;
import dk.kea.cars.api.readmodel.DeadLetterRetries;
import dk.kea.cars.api.readmodel.ProcessorDeadLetters;
import dk.kea.cars.api.readmodel.SequenceRetry;
import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.platform.processing.DeadLetterOperations;
import dk.kea.cars.query.web.QueryUnavailable;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dead letters of every read model of every service (all four in the standalone app, each service's pods on Axon
 * Server), listed, retried and evicted through the instances that run each processor ({@link DeadLetterOperations}):
 * a service's dead letters live in its own store.
 */
@Component
public class DeadLetterAdmin {

    private final DeadLetterOperations operations;

    DeadLetterAdmin(DeadLetterOperations operations) {
        this.operations = operations;
    }

    /** One page of the letters, processor by processor, each in the order its sequences would be retried. */
    public List<DeadLetterView> list(String processor, ListPage page) {
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) page.offset() + page.limit());
        Map<String, ProcessorDeadLetters> byProcessor = new TreeMap<>();
        for (DeadLetterReport report : operations.reports(processor, wanted)) {
            report.processors().forEach(letters -> byProcessor.putIfAbsent(letters.processor(), letters));
        }
        if (processor != null && !byProcessor.containsKey(processor)) {
            throw noSuchProcessor(processor);
        }
        return byProcessor.values().stream()
                .flatMap(letters -> letters.letters().stream().map(letter -> DeadLetterView.of(letters.processor(),
                        letter)))
                .skip(page.offset()).limit(page.limit()).toList();
    }

    /** Runs the sequence's events again; a sequence that cannot be retried now is 409 or 503. */
    public DeadLetterRetryView retry(String processor, String sequence) {
        SequenceRetry retry = retries(processor, sequence).sequences().stream().findFirst()
                .orElseThrow(() -> noSuchSequence(processor, sequence));
        if (retry.result() == SequenceRetry.Result.BUSY) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Sequence '" + sequence + "' of read model '"
                    + processor + "' is being retried already; try again once that retry is done");
        }
        if (retry.result() == SequenceRetry.Result.UNAVAILABLE) {
            throw new QueryUnavailable("The store of read model '" + processor + "' cannot be reached; nothing "
                    + "was changed, retry later", null);
        }
        return DeadLetterRetryView.of(processor, retry);
    }

    /** Every parked sequence of the processor, one after the other. */
    public List<DeadLetterRetryView> retryAll(String processor) {
        return retries(processor, null).sequences().stream()
                .map(retry -> DeadLetterRetryView.of(processor, retry)).toList();
    }

    /** Drops every parked event of the sequence. */
    public void evict(String processor, String sequence) {
        OptionalLong evicted = operations.evict(processor, sequence);
        if (evicted.isEmpty()) {
            throw noSuchProcessor(processor);
        }
        if (evicted.getAsLong() == 0) {
            throw noSuchSequence(processor, sequence);
        }
    }

    private DeadLetterRetries retries(String processor, String sequence) {
        return operations.retry(processor, sequence).orElseThrow(() -> noSuchProcessor(processor));
    }

    private static ResponseStatusException noSuchProcessor(String processor) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No running service has a read model named '"
                + processor + "'; GET /api/audit/projections lists them");
    }

    private static ResponseStatusException noSuchSequence(String processor, String sequence) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Read model '" + processor + "' has no parked "
                + "sequence '" + sequence + "'; GET /api/audit/dead-letters lists them");
    }
}
