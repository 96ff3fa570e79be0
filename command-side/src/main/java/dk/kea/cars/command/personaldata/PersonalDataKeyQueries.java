package dk.kea.cars.command.personaldata;

import dk.kea.cars.api.personaldata.FindPersonalDataKey;
import dk.kea.cars.api.personaldata.PersonalDataKey;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Hands a person's key to the services that read personal data and have no key table (query-side and its audit API
 * in production; in the standalone app every reader uses the vault directly). Anyone on the query bus may ask: Axon
 * Server's access token is what keeps others off it (docs/security.md, Crypto-shredding).
 */
@Component
class PersonalDataKeyQueries {

    private final PersonalDataVault vault;

    PersonalDataKeyQueries(PersonalDataVault vault) {
        this.vault = vault;
    }

    @QueryHandler
    PersonalDataKey handle(FindPersonalDataKey query) {
        return vault.keyOf(query.subject());
    }
}
