package dk.kea.cars.platform.security;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** One of each per context, also where the four services share one (standalone). */
class KeaSecurityAutoConfigurationTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(KeaSecurityAutoConfiguration.class, KeaBearerTokenAutoConfiguration.class));

    @Test
    void aServiceThatTakesNoTokensGetsNoTokenVerification() {
        context.run(beans -> {
            assertThat(beans).hasSingleBean(KeaSecurityChains.class).hasSingleBean(RoleHierarchy.class)
                    .doesNotHaveBean(KeaBearerTokens.class);
        });
    }

    @Test
    void aServiceThatNamesAJwksGetsOneVerificationAndNoJwtDecoderBean() {
        context.withPropertyValues("kea.security.jwks-uri=/keys.json", "kea.security.issuer=kea-cars",
                "kea.security.audience=kea-cars-api").run(beans -> {
                    assertThat(beans).hasSingleBean(KeaBearerTokens.class);
                    // Boot's own resource-server and user-store defaults look for one
                    assertThat(beans).doesNotHaveBean(JwtDecoder.class);
                });
    }

    @Test
    void anAdminIsAManagerAndASalesPersonButNoAuditor() {
        RoleHierarchy roles = KeaRoles.hierarchy();

        assertThat(roles.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_SALES_PERSON");
        assertThat(roles.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority("ROLE_SALES_PERSON"))))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_SALES_PERSON");
    }
}
