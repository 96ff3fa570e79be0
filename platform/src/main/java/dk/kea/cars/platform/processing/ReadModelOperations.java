package dk.kea.cars.platform.processing;

import dk.kea.cars.api.readmodel.FindReadModelProcessors;
import dk.kea.cars.api.readmodel.PauseReadModel;
import dk.kea.cars.api.readmodel.ReadModelOperationOutcome;
import dk.kea.cars.api.readmodel.ReadModelPause;
import dk.kea.cars.api.readmodel.ReadModelProcessors;
import dk.kea.cars.api.readmodel.RebuildReadModel;
import dk.kea.cars.api.readmodel.ReplayReadModel;
import dk.kea.cars.api.readmodel.ResumeReadModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every read model of every service, seen and operated from one place over Axon's buses.
 * <ul>
 *     <li><b>Status</b>: a scatter-gather query that each running instance answers with its processors.</li>
 *     <li><b>Replay and rebuild</b> with any number of instances: every instance pauses the processor and releases
 *     its segments (scatter-gather), one instance resets the positions (or empties the read model) by a command only
 *     instances running that processor handle, and every instance resumes (scatter-gather). The reset claims every
 *     segment, so it is refused, and nothing changes, if an instance did not let go; resuming happens whatever the
 *     outcome, and a pause also ends by itself when its lease runs out.</li>
 * </ul>
 */
public class ReadModelOperations {

    private static final Logger log = LoggerFactory.getLogger(ReadModelOperations.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Duration timeout;
    private final Clock clock;

    /** What a replay or rebuild came to. */
    public sealed interface Outcome {
    }

    /** No running instance has a processor of that name. */
    public record NoSuchReadModel(String name) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    /** Reset (or emptied) and resumed on {@code instances}. */
    public record Started(List<String> instances) implements Outcome {
    }

    public ReadModelOperations(QueryGateway queries, CommandGateway commands, Duration timeout, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Every instance that answered within the timeout, with its processors. */
    public List<ReadModelProcessors> reports() {
        return queries.scatterGather(new FindReadModelProcessors(clock.instant()),
                ResponseTypes.instanceOf(ReadModelProcessors.class), timeout.toMillis(), TimeUnit.MILLISECONDS)
                .toList();
    }

    public Outcome replay(String name) {
        return operate(name, "replay", new ReplayReadModel(name), ReplayReadModel.commandName(name));
    }

    public Outcome rebuild(String name) {
        return operate(name, "rebuild", new RebuildReadModel(name), RebuildReadModel.commandName(name));
    }

    private Outcome operate(String name, String what, Object command, String commandName) {
        String operation = what + "-" + UUID.randomUUID();
        List<String> paused = everyInstance(new PauseReadModel(name, operation));
        if (paused.isEmpty()) {
            return new NoSuchReadModel(name);
        }
        log.info("{} of read model '{}' ({}): paused on {}", what, name, operation, paused);
        try {
            ReadModelOperationOutcome outcome = commands.sendAndWait(
                    new GenericCommandMessage<>(new GenericMessage<>(command), commandName));
            return outcome.done() ? new Started(paused) : new Refused(outcome.refusal());
        } catch (NoHandlerForCommandException gone) {
            return new NoSuchReadModel(name);
        } finally {
            List<String> resumed = everyInstance(new ResumeReadModel(name, operation));
            log.info("{} of read model '{}' ({}): resumed on {}", what, name, operation, resumed);
        }
    }

    /** The instances running the processor that answered within the timeout. */
    private List<String> everyInstance(Object query) {
        return queries.scatterGather(query, ResponseTypes.instanceOf(ReadModelPause.class), timeout.toMillis(),
                        TimeUnit.MILLISECONDS)
                .filter(ReadModelPause::runsProcessor).map(ReadModelPause::instance).toList();
    }
}
