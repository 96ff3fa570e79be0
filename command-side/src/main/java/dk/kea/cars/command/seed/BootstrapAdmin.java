package dk.kea.cars.command.seed;

import dk.kea.cars.api.common.Role;
import dk.kea.cars.api.employee.CreateEmployee;
import dk.kea.cars.api.validation.InvalidInput;
import dk.kea.cars.api.validation.Rules;
import dk.kea.cars.command.lookup.EmployeeAccessRepository;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Production's first administrator (spec §10): when no employee exists yet, one admin is created from
 * {@code KEA_BOOTSTRAP_ADMIN_EMAIL} / {@code KEA_BOOTSTRAP_ADMIN_PASSWORD}. Its id derives from the email, so a
 * restart (or a second replica) creating it again changes nothing. Without the variables the service starts anyway.
 */
@Component
class BootstrapAdmin {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final EmployeeAccessRepository employees;
    private final String email;
    private final String password;

    BootstrapAdmin(CommandGateway commands, PasswordEncoder commandPasswordEncoder, EmployeeAccessRepository employees,
                   @Value("${kea.bootstrap-admin.email:${KEA_BOOTSTRAP_ADMIN_EMAIL:}}") String email,
                   @Value("${kea.bootstrap-admin.password:${KEA_BOOTSTRAP_ADMIN_PASSWORD:}}") String password) {
        this.commands = commands;
        this.passwords = commandPasswordEncoder;
        this.employees = employees;
        this.email = email;
        this.password = password;
    }

    @Order(3)
    @EventListener(ApplicationReadyEvent.class)
    void createFirstAdministrator() {
        if (employees.count() > 0) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("No employee exists yet. Set KEA_BOOTSTRAP_ADMIN_EMAIL and KEA_BOOTSTRAP_ADMIN_PASSWORD to "
                    + "create the first administrator at the next start.");
            return;
        }
        try {
            Rules.password(password);
            commands.sendAndWait(new CreateEmployee(idFor(email), email, "Bootstrap", "Admin", Role.ADMIN,
                    passwords.encode(password)));
            log.info("Bootstrap administrator {} is present", email);
        } catch (InvalidInput | dk.kea.cars.api.validation.RuleViolation invalid) {
            log.error("KEA_BOOTSTRAP_ADMIN_* is invalid ({}); no administrator created", invalid.getMessage());
        } catch (CommandExecutionException refused) {
            log.error("Bootstrap administrator not created: {}", refused.getMessage());
        }
    }

    static UUID idFor(String email) {
        return UUID.nameUUIDFromBytes(("kea-bootstrap-admin:" + email.trim()).getBytes(StandardCharsets.UTF_8));
    }
}
