package dk.kea.cars.command.employee;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are hashed here, on the command side, so only the hash ever enters a message. */
@Configuration
public class PasswordHashing {

    @Bean
    public PasswordEncoder commandPasswordEncoder(@Value("${kea.security.bcrypt-strength:12}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }
}
