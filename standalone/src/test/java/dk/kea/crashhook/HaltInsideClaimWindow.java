package dk.kea.crashhook;

import dk.kea.cars.api.customer.CreateCustomer;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Test only, outside the scanned packages: added to a child standalone process with
 * {@code --spring.main.sources=dk.kea.crashhook.HaltInsideClaimWindow}. When a customer with
 * {@code kea.crash.halt-on-email} is created, the process dies (SIGKILL-like: no shutdown hooks, nothing flushed)
 * after the handler has written the e-mail's claim and the event has been appended, before the transaction commits:
 * inside the window between claim and event.
 */
@Configuration(proxyBeanMethods = false)
public class HaltInsideClaimWindow {

    private static final int KILLED = 137;

    @Autowired
    void haltInsideTheWindow(CommandBus commandBus, @Value("${kea.crash.halt-on-email}") String email) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage().getPayload() instanceof CreateCustomer create
                    && create.email().equalsIgnoreCase(email)) {
                unitOfWork.onPrepareCommit(claimedAndAppended -> Runtime.getRuntime().halt(KILLED));
            }
            return result;
        });
    }
}
