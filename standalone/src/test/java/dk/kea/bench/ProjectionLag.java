package dk.kea.bench;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.common.VersionedView;
import dk.kea.cars.api.common.WriteResult;
import dk.kea.cars.api.employee.CreateEmployee;
import dk.kea.cars.api.employee.CredentialsVersion;
import dk.kea.cars.api.employee.EmployeeView;
import dk.kea.cars.api.employee.FindCredentials;
import dk.kea.cars.api.employee.FindEmployee;
import dk.kea.cars.api.employee.UpdateEmployee;
import dk.kea.cars.api.insurance.CreateInsurance;
import dk.kea.cars.api.insurance.FindInsurance;
import dk.kea.cars.api.insurance.FindPublicInsurance;
import dk.kea.cars.api.insurance.InsuranceView;
import dk.kea.cars.api.insurance.UpdateInsurance;
import dk.kea.cars.command.lookup.FindLookup;
import dk.kea.cars.command.lookup.LookupVersion;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Projection lag: from the commit that appended an event to the moment each read model that shows it announces the
 * change to its subscribers (after its own commit), for one event at a time on an otherwise idle system. Insurance
 * changes reach query-side, public-query and the command side's lookups; employee changes reach query-side,
 * auth-query and the lookups.
 */
public class ProjectionLag {

    private static final Duration CONFIRMATION = Duration.ofSeconds(10);
    private static final Duration BETWEEN_SAMPLES = Duration.ofMillis(20);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Processors processors;
    private final Set<UUID> watched = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Long> commits = new ConcurrentHashMap<>();

    ProjectionLag(CommandGateway commands, QueryGateway queries, Processors processors, CommandBus commandBus) {
        this.commands = commands;
        this.queries = queries;
        this.processors = processors;
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            UUID target = targetOf(unitOfWork.getMessage().getPayload());
            if (target != null && watched.contains(target)) {
                unitOfWork.afterCommit(committed -> commits.put(target, System.nanoTime()));
            }
            return chain.proceed();
        });
    }

    public Map<String, Object> measure(int samples) {
        UUID insurance = UUID.randomUUID();
        UUID employee = UUID.randomUUID();
        commands.sendAndWait(new CreateInsurance(insurance, "Bench Lag " + insurance.toString().substring(0, 8), BigDecimal.TEN));
        commands.sendAndWait(new CreateEmployee(employee, "bench-lag-" + employee + "@kea-bench.dk", "Bench", "Lag",
                Role.SALES_PERSON, new BCryptPasswordEncoder(4).encode(employee.toString())));
        processors.awaitCaughtUp(Duration.ofMinutes(10), Processors.READ_MODELS);
        watched.addAll(List.of(insurance, employee));

        Map<String, Latencies> byReadModel = new LinkedHashMap<>();
        Latencies everywhere = new Latencies();
        for (int i = 0; i < samples; i++) {
            Map<String, Long> lags = i % 2 == 0 ? insuranceSample(insurance, i) : employeeSample(employee, i);
            lags.forEach((readModel, nanos) ->
                    byReadModel.computeIfAbsent(readModel, name -> new Latencies()).recordNanos(nanos));
            everywhere.recordNanos(lags.values().stream().mapToLong(Long::longValue).max().orElseThrow());
            Processors.pause(BETWEEN_SAMPLES);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("all", everywhere.summary());
        byReadModel.forEach((readModel, lags) -> result.put(readModel, lags.summary()));
        return result;
    }

    private Map<String, Long> insuranceSample(UUID id, int i) {
        return sample(new UpdateInsurance(id, null, null, BigDecimal.valueOf(10 + i % 1000).setScale(2)), id, Map.of(
                "query-side", new Watch<>(new FindInsurance(id), InsuranceView.class),
                "public-query", new Watch<>(new FindPublicInsurance(id), InsuranceView.class),
                "command-side-lookups", new Watch<>(new FindLookup(id), LookupVersion.class)));
    }

    private Map<String, Long> employeeSample(UUID id, int i) {
        String lastName = i % 4 == 1 ? "Lag" : "Lagging";
        return sample(new UpdateEmployee(id, null, null, null, null, lastName, null, null), id, Map.of(
                "query-side", new Watch<>(new FindEmployee(id), EmployeeView.class),
                "auth-query", new Watch<>(new FindCredentials(id), CredentialsVersion.class),
                "command-side-lookups", new Watch<>(new FindLookup(id), LookupVersion.class)));
    }

    /** A read model's query and view, as the write path's confirmations name them. */
    private record Watch<V extends VersionedView>(Object query, Class<V> viewType) {
    }

    /** Subscribes first (so no update slips by), then sends; lag per read model in nanoseconds. */
    private Map<String, Long> sample(Object command, UUID target, Map<String, Watch<?>> readModels) {
        Map<String, Arrivals> arrivals = new LinkedHashMap<>();
        try {
            readModels.forEach((name, watch) -> arrivals.put(name, subscribe(watch)));
            WriteResult result = commands.sendAndWait(command);
            long committed = commits.remove(target);
            Map<String, Long> lags = new LinkedHashMap<>();
            arrivals.forEach((name, arrival) ->
                    lags.put(name, Math.max(0, arrival.awaitVersion(name, result.version()) - committed)));
            return lags;
        } finally {
            arrivals.values().forEach(arrival -> arrival.subscription.cancel());
        }
    }

    private <V extends VersionedView> Arrivals subscribe(Watch<V> watch) {
        SubscriptionQueryResult<V, V> subscription = queries.subscriptionQuery(watch.query(),
                ResponseTypes.instanceOf(watch.viewType()), ResponseTypes.instanceOf(watch.viewType()));
        Arrivals arrivals = new Arrivals(subscription);
        subscription.initialResult().flux().concatWith(subscription.updates())
                .subscribe(view -> arrivals.seen.add(new long[]{view.version(), System.nanoTime()}));
        return arrivals;
    }

    /** The versions a subscription announced and when they arrived. */
    private record Arrivals(SubscriptionQueryResult<?, ?> subscription, BlockingQueue<long[]> seen) {

        Arrivals(SubscriptionQueryResult<?, ?> subscription) {
            this(subscription, new LinkedBlockingQueue<>());
        }

        long awaitVersion(String readModel, long version) {
            long deadline = System.nanoTime() + CONFIRMATION.toNanos();
            try {
                while (true) {
                    long[] arrival = seen.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (arrival == null) {
                        throw new IllegalStateException(readModel + " did not show version " + version + " within "
                                + CONFIRMATION);
                    }
                    if (arrival[0] >= version) {
                        return arrival[1];
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static UUID targetOf(Object payload) {
        if (payload instanceof UpdateInsurance update) {
            return update.id();
        }
        if (payload instanceof UpdateEmployee update) {
            return update.id();
        }
        return null;
    }
}
