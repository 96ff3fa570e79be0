package dk.kea.cars.platform.processing;

import dk.kea.cars.platform.outage.StoreOutageLog;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A processor reading from Axon Server backs off after each failure, doubling its wait up to a minute: after a
 * 20-second outage Axon would next try some 10 seconds after the store is back. The guard restarts a processor that
 * failed because the store was unreachable as soon as the store answers again (issue 9).
 */
class OutageRecoveryTest {

    private final AtomicBoolean down = new AtomicBoolean();
    private final List<Object> handled = new CopyOnWriteArrayList<>();
    private Configuration axon;
    private ReadModelGuard guard;

    @AfterEach
    void stop() {
        if (guard != null) {
            guard.stopChecks();
        }
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void aProcessorResumesWithinSecondsOfTheStoreComingBack() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor("outage", configuration ->
                                unreachableWhileDown(configuration.eventStore()))
                        .registerEventHandler(configuration -> new Handler(handled)))
                .start();
        guard = new ReadModelGuard(axon.eventProcessingConfiguration(), unreachableWhileDownStore(axon.eventStore()),
                NoTransactionManager.INSTANCE, new StoreOutageLog(), Duration.ofSeconds(1), Clock.systemUTC());
        guard.startChecks(Duration.ofMillis(500));
        axon.eventStore().publish(GenericEventMessage.asEventMessage("before"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.contains("before"));

        down.set(true);
        sleep(Duration.ofSeconds(20));
        down.set(false);
        axon.eventStore().publish(GenericEventMessage.asEventMessage("after"));

        await("handled within seconds of the store coming back").atMost(Duration.ofSeconds(5))
                .until(() -> handled.contains("after"));
    }

    /** As the Axon Server connector fails while it has no connection: gRPC UNAVAILABLE as CONNECTION_FAILED. */
    private RuntimeException unreachable() {
        return ErrorCode.CONNECTION_FAILED.convert(new StatusRuntimeException(Status.UNAVAILABLE));
    }

    private StreamableMessageSource<TrackedEventMessage<?>> unreachableWhileDown(EventStore store) {
        return proxy(StreamableMessageSource.class, store, (method, call) -> {
            Object result = call.get();
            return result instanceof BlockingStream<?> stream ? proxy(BlockingStream.class, stream,
                    (streamMethod, streamCall) -> streamCall.get()) : result;
        });
    }

    private EventStore unreachableWhileDownStore(EventStore store) {
        return proxy(EventStore.class, store, (method, call) -> call.get());
    }

    interface Call {
        Object get() throws Throwable;
    }

    interface Around {
        Object invoke(java.lang.reflect.Method method, Call call) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<?> type, Object target, Around around) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, arguments) -> {
            if (down.get() && !method.getName().equals("close")) {
                throw unreachable();
            }
            return around.invoke(method, () -> {
                try {
                    return method.invoke(target, arguments);
                } catch (InvocationTargetException failure) {
                    throw failure.getCause();
                }
            });
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @ProcessingGroup("outage")
    static class Handler {

        private final List<Object> handled;

        Handler(List<Object> handled) {
            this.handled = handled;
        }

        @EventHandler
        void on(String event) {
            handled.add(event);
        }
    }
}
