package dk.kea.cars.platform.processing;

import dk.kea.cars.api.readmodel.DeadLetterReport;
import dk.kea.cars.api.readmodel.DeadLetterRetries;
import dk.kea.cars.api.readmodel.EvictDeadLetters;
import dk.kea.cars.api.readmodel.FindDeadLetters;
import dk.kea.cars.api.readmodel.RetryDeadLetters;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The dead letters of every read model of every service, seen and handled from one place over Axon's buses: a
 * scatter-gather query lists them (every running instance answers for the processors it runs), and a retry or an
 * eviction is a command only the instances running that processor handle, so one of them does it in the store its
 * service shares ({@link DeadLetterControl} is the side that answers).
 */
public class DeadLetterOperations {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Duration timeout;

    public DeadLetterOperations(QueryGateway queries, CommandGateway commands, Duration timeout) {
        this.queries = queries;
        this.commands = commands;
        this.timeout = timeout;
    }

    /** Every instance that answered within the timeout, with at most {@code limit} letters per processor. */
    public List<DeadLetterReport> reports(String processor, int limit) {
        return queries.scatterGather(new FindDeadLetters(processor, limit),
                        ResponseTypes.instanceOf(DeadLetterReport.class), timeout.toMillis(), TimeUnit.MILLISECONDS)
                .toList();
    }

    /** Empty when no running instance has a processor of that name. */
    public Optional<DeadLetterRetries> retry(String processor, String sequence) {
        try {
            return Optional.of(commands.sendAndWait(new GenericCommandMessage<>(
                    new GenericMessage<>(new RetryDeadLetters(processor, sequence)),
                    RetryDeadLetters.commandName(processor))));
        } catch (NoHandlerForCommandException noSuchProcessor) {
            return Optional.empty();
        }
    }

    /** How many letters were dropped; empty when no running instance has a processor of that name. */
    public OptionalLong evict(String processor, String sequence) {
        try {
            Long evicted = commands.sendAndWait(new GenericCommandMessage<>(
                    new GenericMessage<>(new EvictDeadLetters(processor, sequence)),
                    EvictDeadLetters.commandName(processor)));
            return OptionalLong.of(evicted);
        } catch (NoHandlerForCommandException noSuchProcessor) {
            return OptionalLong.empty();
        }
    }
}
