package dk.kea.cars.command.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.customer.CreateCustomer;
import dk.kea.cars.api.employee.CreateEmployee;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

import static dk.kea.cars.command.seed.CatalogSeeder.each;
import static dk.kea.cars.command.seed.CatalogSeeder.id;
import static dk.kea.cars.command.seed.CatalogSeeder.read;
import static dk.kea.cars.command.seed.CatalogSeeder.text;

/**
 * Demo data only ({@code kea.demo-data}, {@code KEA_DEMO_DATA}; on in the standalone's demo profile): the employees
 * of {@code demo-people.json}, one per role, with their demo passwords (which bypass the password policy here and
 * nowhere else), its customers, and a few cars. Idempotent by the fixed ids like the catalog seed.
 */
@Component
@ConditionalOnBooleanProperty("kea.demo-data")
class DemoPeopleSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoPeopleSeeder.class);

    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final DemoCars demoCars;

    DemoPeopleSeeder(CommandGateway commands, PasswordEncoder commandPasswordEncoder, DemoCars demoCars) {
        this.commands = commands;
        this.passwords = commandPasswordEncoder;
        this.demoCars = demoCars;
    }

    @Order(2)
    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        JsonNode people = read("seed/demo-people.json");
        List<CreateEmployee> employees = each(people.get("employees"), employee -> new CreateEmployee(id(employee),
                text(employee, "email"), text(employee, "first_name"), text(employee, "last_name"),
                Role.fromWireName(text(employee, "role")), passwords.encode(text(employee, "password"))));
        employees.forEach(commands::sendAndWait);
        List<CreateCustomer> customers = each(people.get("customers"), customer -> new CreateCustomer(id(customer),
                text(customer, "email"), text(customer, "phone_number"), text(customer, "first_name"),
                text(customer, "last_name"), text(customer, "address")));
        customers.forEach(commands::sendAndWait);
        demoCars.seed();
        log.warn("Demo data: demo employees, customers and cars present (demo passwords, never use this "
                + "profile in production)");
    }
}
