package dk.kea.cars.query.scaleout;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * What Axon Server does between the instances of a service, for Spring contexts in one JVM: a scatter-gather query
 * reaches every instance and gathers all answers; a command goes to one instance that handles its name. Everything
 * else stays local. Each context gets its buses and a token-store identity of its own from this configuration.
 */
public class FakeCluster {

    private static final List<ClusterQueryBus> QUERY_BUSES = new CopyOnWriteArrayList<>();
    private static final List<ClusterCommandBus> COMMAND_BUSES = new CopyOnWriteArrayList<>();

    static void reset() {
        QUERY_BUSES.clear();
        COMMAND_BUSES.clear();
    }

    @Bean
    SimpleQueryBus queryBus(Configuration axon, TransactionManager transactions) {
        ClusterQueryBus bus = new ClusterQueryBus(SimpleQueryBus.builder().transactionManager(transactions)
                .queryUpdateEmitter(axon.queryUpdateEmitter()));
        QUERY_BUSES.add(bus);
        return bus;
    }

    /**
     * Claims in the token store are owned by a node id, by default the JVM's name: two contexts in one JVM would be one
     * node and claim the same segments. Each instance is a node of its own, as in separate pods.
     */
    @Bean
    TokenStore tokenStore(EntityManagerProvider entityManagers, Configuration axon,
                          @Value("${axon.axonserver.client-id}") String instance) {
        return JpaTokenStore.builder().entityManagerProvider(entityManagers).serializer(axon.serializer())
                .nodeId(instance).build();
    }

    @Bean
    SimpleCommandBus commandBus(TransactionManager transactions) {
        ClusterCommandBus bus = new ClusterCommandBus(SimpleCommandBus.builder().transactionManager(transactions));
        COMMAND_BUSES.add(bus);
        return bus;
    }

    static final class ClusterQueryBus extends SimpleQueryBus {

        ClusterQueryBus(Builder builder) {
            super(builder);
        }

        @Override
        public <Q, R> Stream<QueryResponseMessage<R>> scatterGather(QueryMessage<Q, R> query, long timeout,
                                                                    TimeUnit unit) {
            return QUERY_BUSES.stream().flatMap(node -> node.local(query, timeout, unit)).toList().stream();
        }

        private <Q, R> Stream<QueryResponseMessage<R>> local(QueryMessage<Q, R> query, long timeout, TimeUnit unit) {
            return super.scatterGather(query, timeout, unit);
        }
    }

    static final class ClusterCommandBus extends SimpleCommandBus {

        private final Set<String> handled = ConcurrentHashMap.newKeySet();

        ClusterCommandBus(Builder builder) {
            super(builder);
        }

        @Override
        public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
            handled.add(commandName);
            return super.subscribe(commandName, handler);
        }

        @Override
        public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
            ClusterCommandBus target = handled.contains(command.getCommandName()) ? this
                    : COMMAND_BUSES.stream().filter(node -> node.handled.contains(command.getCommandName()))
                    .findFirst().orElse(this);
            target.dispatchLocally(command, callback);
        }

        private <C, R> void dispatchLocally(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
            super.dispatch(command, callback);
        }
    }
}
