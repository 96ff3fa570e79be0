package dk.kea.cars.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditedTypeTest {

    @Test
    void slugsAreTheLowerCaseNamesAndNothingElseIsKnown() {
        assertThat(AuditedType.fromSlug("car")).contains(AuditedType.CAR);
        assertThat(AuditedType.fromSlug("purchase")).contains(AuditedType.PURCHASE);
        assertThat(AuditedType.fromSlug("Car")).isEmpty();
        assertThat(AuditedType.fromSlug("name_claim")).isEmpty();
    }

    @Test
    void storedAggregateTypesMatchIgnoringCase() {
        assertThat(AuditedType.CAR.isTypeOf("Car")).isTrue();
        assertThat(AuditedType.CAR.isTypeOf("Customer")).isFalse();
    }

    @Test
    void passwordsAndHashesAreSecretInEveryNamingStyle() {
        assertThat(Secrets.isSecret("passwordHash")).isTrue();
        assertThat(Secrets.isSecret("password_hash")).isTrue();
        assertThat(Secrets.isSecret("PASSWORD")).isTrue();
        assertThat(Secrets.isSecret("email")).isFalse();
        assertThat(Secrets.isSecret("total_price")).isFalse();
    }
}
