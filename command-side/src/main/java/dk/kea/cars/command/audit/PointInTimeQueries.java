package dk.kea.cars.command.audit;

import dk.kea.cars.api.audit.AuditedType;
import dk.kea.cars.api.audit.FindStateAsOf;
import dk.kea.cars.api.audit.Secrets;
import dk.kea.cars.api.audit.StateAsOf;
import dk.kea.cars.command.accessory.Accessory;
import dk.kea.cars.command.brand.Brand;
import dk.kea.cars.command.car.Car;
import dk.kea.cars.command.color.Color;
import dk.kea.cars.command.customer.Customer;
import dk.kea.cars.command.employee.Employee;
import dk.kea.cars.command.insurance.Insurance;
import dk.kea.cars.command.model.Model;
import dk.kea.cars.command.purchase.Purchase;
import dk.kea.cars.platform.personaldata.PersonalDataJson;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers "what did this entity look like at that instant" by running the aggregate's own
 * {@code @EventSourcingHandler}s over its events up to then, the way Axon loads it for a command, so the audit view
 * and the command side can never disagree about what a history means. Reads the events through the event store API
 * from sequence 0: snapshots never take part, and upcasters do, as for every other reader.
 */
@Component
class PointInTimeQueries {

    private final EventStore events;
    private final ObjectProvider<Configuration> axon;
    private final JsonMapper json;
    private final PersonalDataJson personalData;
    private final Map<Class<?>, AggregateModel<?>> models = new ConcurrentHashMap<>();

    PointInTimeQueries(EventStore events, ObjectProvider<Configuration> axon, JsonMapper json,
                       PersonalDataJson personalData) {
        this.events = events;
        this.axon = axon;
        this.json = json;
        this.personalData = personalData;
    }

    /** Null when the entity had no event yet at that instant. */
    @QueryHandler
    public StateAsOf handle(FindStateAsOf query) {
        List<? extends DomainEventMessage<?>> history = events.readEvents(query.id().toString(), 0).asStream()
                .filter(event -> query.type().isTypeOf(event.getType()))
                .takeWhile(event -> !event.getTimestamp().isAfter(query.asOf()))
                .toList();
        if (history.isEmpty()) {
            return null;
        }
        DomainEventMessage<?> last = history.get(history.size() - 1);
        Object aggregate = rebuild(aggregateClass(query.type()), history);
        return new StateAsOf(query.type(), query.id(), last.getSequenceNumber(), last.getTimestamp(),
                withoutSecrets(aggregate, query.id()));
    }

    private static Class<?> aggregateClass(AuditedType type) {
        return switch (type) {
            case EMPLOYEE -> Employee.class;
            case CUSTOMER -> Customer.class;
            case INSURANCE -> Insurance.class;
            case BRAND -> Brand.class;
            case COLOR -> Color.class;
            case ACCESSORY -> Accessory.class;
            case MODEL -> Model.class;
            case CAR -> Car.class;
            case PURCHASE -> Purchase.class;
        };
    }

    private <T> T rebuild(Class<T> type, List<? extends DomainEventMessage<?>> history) {
        AggregateModel<T> model = model(type);
        DomainEventMessage<?> first = history.get(0);
        T root = new GenericAggregateFactory<>(model).createAggregateRoot(first.getAggregateIdentifier(), first);
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(root, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(history));
        return aggregate.getAggregateRoot();
    }

    /** The aggregate's model as Axon's own repository builds it: same handlers, same parameter resolution. */
    @SuppressWarnings("unchecked")
    private <T> AggregateModel<T> model(Class<T> type) {
        return (AggregateModel<T>) models.computeIfAbsent(type, key -> {
            Configuration configuration = axon.getObject();
            return AnnotatedAggregateMetaModelFactory.inspectAggregate(key,
                    configuration.parameterResolverFactory(), configuration.handlerDefinition(key));
        });
    }

    /** Personal fields as readable now: text, or "[erased]" once the key is gone (also for an earlier instant). */
    private String withoutSecrets(Object aggregate, UUID id) {
        ObjectNode state = (ObjectNode) personalData.toTree(aggregate, id);
        state.propertyNames().stream().filter(Secrets::isSecret).toList().forEach(state::remove);
        return json.writeValueAsString(state);
    }
}
