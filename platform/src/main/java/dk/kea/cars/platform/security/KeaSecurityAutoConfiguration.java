package dk.kea.cars.platform.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security plumbing every service shares, once per context (in standalone, one for all four chains): the chain
 * building blocks, the role hierarchy, and the firewall's refusals as problems.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
public class KeaSecurityAutoConfiguration {

    /** {@code kea.cors.allowed-origins}: comma-separated origin patterns of browser clients; empty = none. */
    @Bean
    public KeaSecurityChains keaSecurityChains(@Value("${kea.cors.allowed-origins:}") List<String> allowedOrigins) {
        return new KeaSecurityChains(allowedOrigins);
    }

    @Bean
    public RoleHierarchy keaRoleHierarchy() {
        return KeaRoles.hierarchy();
    }

    @Bean
    public WebSecurityCustomizer keaFirewallRefusal() {
        return web -> web.requestRejectedHandler(new FirewallRefusal());
    }

    /**
     * Tomcat refuses an encoded slash or backslash itself, with an HTML page; passed through undecoded, the
     * firewall refuses it instead, with a problem.
     */
    @Bean
    public WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> keaEncodedSlashesToFirewall() {
        return tomcat -> tomcat.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }
}
