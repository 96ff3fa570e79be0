package dk.kea.cars.query.audit;

import dk.kea.cars.api.readmodel.ReadModelProcessor;
import dk.kea.cars.api.readmodel.ReadModelProcessors;
import dk.kea.cars.api.readmodel.ReadModelSegment;
import dk.kea.cars.platform.processing.ReadModelOperations;
import dk.kea.cars.platform.processing.ReadModelOperations.NoSuchReadModel;
import dk.kea.cars.platform.processing.ReadModelOperations.Outcome;
import dk.kea.cars.platform.processing.ReadModelOperations.Refused;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every read model of every service (all four in the standalone app, each service's pods on Axon Server): their
 * progress, merged over the instances that run them, and a replay or rebuild that every instance takes part in
 * ({@link ReadModelOperations}).
 */
@Component
public class ProjectionControl {

    private final ReadModelOperations operations;

    ProjectionControl(ReadModelOperations operations) {
        this.operations = operations;
    }

    public List<ProjectionStatus> statuses() {
        Map<String, List<Held>> byName = new TreeMap<>();
        for (ReadModelProcessors report : operations.reports()) {
            for (ReadModelProcessor processor : report.processors()) {
                byName.computeIfAbsent(processor.name(), name -> new ArrayList<>())
                        .add(new Held(report.instance(), processor));
            }
        }
        return byName.values().stream().map(ProjectionControl::merge).toList();
    }

    /** Rebuilds one read model from the first event, in place: rows are rewritten, reads keep answering. */
    public ProjectionStatus replay(String name) {
        return afterwards(name, operations.replay(name));
    }

    /**
     * Empties the read model and builds it again from the first event: the way back for a read model ahead of its
     * store, and the way to drop rows whose events no longer exist, which an in-place replay keeps.
     */
    public ProjectionStatus rebuild(String name) {
        return afterwards(name, operations.rebuild(name));
    }

    private ProjectionStatus afterwards(String name, Outcome outcome) {
        if (outcome instanceof NoSuchReadModel) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No running service has a read model named '"
                    + name + "'; GET /api/audit/projections lists them");
        }
        if (outcome instanceof Refused refused) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, refused.reason());
        }
        return statuses().stream().filter(status -> status.name().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "Read model '" + name + "' was started again but its instances did not answer in time"));
    }

    /** One instance's view of a processor. */
    private record Held(String instance, ReadModelProcessor processor) {
    }

    private static ProjectionStatus merge(List<Held> views) {
        List<ReadModelProcessor> processors = views.stream().map(Held::processor).toList();
        List<ProjectionStatus.SegmentStatus> segments = views.stream()
                .flatMap(view -> view.processor().segments().stream().map(segment ->
                        new ProjectionStatus.SegmentStatus(segment.segment(), view.instance(), segment.position(),
                                segment.replaying())))
                .sorted(Comparator.comparingInt(ProjectionStatus.SegmentStatus::segment)).toList();
        List<ReadModelSegment> allSegments = processors.stream().flatMap(p -> p.segments().stream()).toList();
        Long ahead = first(processors, ReadModelProcessor::aheadOfStorePosition);
        Long position = ahead != null ? ahead : allSegments.stream().map(ReadModelSegment::position)
                .filter(Objects::nonNull).min(Long::compare).orElse(null);
        Long head = processors.stream().map(ReadModelProcessor::head).filter(Objects::nonNull)
                .max(Long::compare).orElse(null);
        Long replayUpTo = allSegments.stream().filter(ProjectionControl::replayUnfinished)
                .map(ReadModelSegment::resetPosition).filter(Objects::nonNull).max(Long::compare).orElse(null);
        Long lag = head == null ? null : head - (position == null ? -1 : position);
        Long deadLetters = processors.stream().map(ReadModelProcessor::deadLetters).filter(Objects::nonNull)
                .max(Long::compare).orElse(null);
        return new ProjectionStatus(processors.get(0).name(), position, head, lag, replayUpTo != null, replayUpTo,
                processors.stream().anyMatch(ReadModelProcessor::running), first(processors, ReadModelProcessor::error),
                ahead != null, processors.stream().mapToInt(ReadModelProcessor::segmentCount).max().orElse(0),
                segments, views.stream().map(Held::instance).sorted().toList(), deadLetters);
    }

    private static <T> T first(List<ReadModelProcessor> processors, Function<ReadModelProcessor, T> property) {
        return processors.stream().map(property).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Axon keeps a segment flagged as replaying until it handles an event stored after the reset, which may be long
     * after it has rebuilt everything; a replay is done, for an operator, once it has reached the reset position.
     */
    private static boolean replayUnfinished(ReadModelSegment segment) {
        return segment.replaying() && segment.resetPosition() != null
                && (segment.position() == null || segment.position() < segment.resetPosition());
    }
}
