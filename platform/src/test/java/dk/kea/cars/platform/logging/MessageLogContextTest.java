package dk.kea.cars.platform.logging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Handlers see the correlation id, causation id and employee id of the message they handle (and an event handler
 * its processor) in the MDC, for that message only: the next message on the same thread carries nothing of it, and
 * a message handled inside a request gives the request its own context back.
 */
class MessageLogContextTest {

    private static final Map<String, String> FIRST = Map.of(LogContext.CORRELATION_ID, "request-1",
            LogContext.CAUSATION_ID, "command-1", LogContext.EMPLOYEE_ID, "f9097a97-eca4-49b6-85a0-08423789c320");

    private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        MDC.clear();
    }

    @ProcessingGroup("query-side")
    class Projection {
        @EventHandler
        void on(String event) {
            seen.add(mdc());
            if (event.equals("poison")) {
                throw new IllegalStateException("the handler fails");
            }
        }
    }

    @Test
    void eachEventOfAProcessorIsLoggedWithItsOwnMetadataAndTheProcessorName() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor("query-side")
                        .registerEventHandler(configuration -> new Projection())
                        .registerDefaultHandlerInterceptor(
                                (configuration, processor) -> MessageLogContext.inProcessor(processor)))
                .start();

        axon.eventStore().publish(List.of(
                GenericEventMessage.asEventMessage("first").andMetaData(FIRST),
                GenericEventMessage.asEventMessage("second").andMetaData(Map.of(LogContext.CORRELATION_ID, "request-2")),
                GenericEventMessage.asEventMessage("poison").andMetaData(FIRST),
                GenericEventMessage.asEventMessage("fourth")));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 4);

        assertThat(seen.get(0)).isEqualTo(with(FIRST, LogContext.PROCESSOR, "query-side"));
        assertThat(seen.get(1)).as("nothing of the first event is left on the processor's thread")
                .isEqualTo(Map.of(LogContext.CORRELATION_ID, "request-2", LogContext.PROCESSOR, "query-side"));
        assertThat(seen.get(3)).as("nor of an event whose handler failed")
                .isEqualTo(Map.of(LogContext.PROCESSOR, "query-side"));
    }

    @Test
    void aCommandHandledInsideARequestHasItsOwnCauseAndGivesTheRequestItsContextBack() {
        CommandBus commands = SimpleCommandBus.builder().build();
        commands.registerHandlerInterceptor(MessageLogContext.onBus());
        commands.subscribe(String.class.getName(), command -> seen.add(mdc()));
        Map<String, String> request = Map.of(LogContext.CORRELATION_ID, "request-1",
                LogContext.CAUSATION_ID, "request-1", LogContext.EMPLOYEE_ID, "an-employee");

        try (LogContext.Scope scope = LogContext.open(request)) {
            DefaultCommandGateway.builder().commandBus(commands).build().sendAndWait(
                    GenericCommandMessage.asCommandMessage("create").andMetaData(FIRST));
            assertThat(mdc()).as("the request's context, back after the command").isEqualTo(request);
        }

        assertThat(seen).containsExactly(FIRST);
        assertThat(mdc()).as("nothing once the request is done").isEmpty();
    }

    class Queries {
        @QueryHandler(queryName = "find")
        String find(String query, MetaData metaData) {
            seen.add(mdc());
            return String.valueOf(metaData.get(LogContext.CORRELATION_ID));
        }
    }

    @Test
    void aQuerySentWhileHandlingCarriesTheSendersContextToItsHandler() {
        QueryBus queries = SimpleQueryBus.builder().build();
        queries.registerDispatchInterceptor(MessageLogContext.<QueryMessage<?, ?>>propagation());
        queries.registerHandlerInterceptor(MessageLogContext.onBus());
        new AnnotationQueryHandlerAdapter<>(new Queries()).subscribe(queries);
        var gateway = DefaultQueryGateway.builder().queryBus(queries).build();

        String carried;
        try (LogContext.Scope scope = LogContext.open(FIRST)) {
            carried = gateway.query("find", "anything", ResponseTypes.instanceOf(String.class)).join();
        }

        assertThat(carried).as("the query's own metadata").isEqualTo("request-1");
        assertThat(seen).containsExactly(FIRST);
        assertThat(mdc()).isEmpty();
    }

    @Test
    void aMessageKeepsTheContextItCarriesItself() {
        CommandBus commands = SimpleCommandBus.builder().build();
        commands.registerDispatchInterceptor(MessageLogContext.<CommandMessage<?>>propagation());
        commands.subscribe(String.class.getName(), command -> command.getMetaData());

        Object metadata;
        try (LogContext.Scope scope = LogContext.open(Map.of(LogContext.CORRELATION_ID, "request-9",
                LogContext.EMPLOYEE_ID, "an-employee"))) {
            metadata = DefaultCommandGateway.builder().commandBus(commands).build().sendAndWait(
                    GenericCommandMessage.asCommandMessage("create")
                            .andMetaData(Map.of(LogContext.CORRELATION_ID, "its-own")));
        }

        assertThat((MetaData) metadata).containsEntry(LogContext.CORRELATION_ID, "its-own")
                .containsEntry(LogContext.EMPLOYEE_ID, "an-employee");
    }

    private static Map<String, String> mdc() {
        Map<String, String> copy = MDC.getCopyOfContextMap();
        return copy == null ? Map.of() : Map.copyOf(copy);
    }

    private static Map<String, String> with(Map<String, String> entries, String key, String value) {
        var all = new java.util.HashMap<>(entries);
        all.put(key, value);
        return all;
    }
}
