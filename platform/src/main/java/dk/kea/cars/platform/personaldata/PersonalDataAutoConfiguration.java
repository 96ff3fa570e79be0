package dk.kea.cars.platform.personaldata;

import dk.kea.cars.platform.processing.ProcessingSafetyAutoConfiguration;
import dk.kea.cars.platform.processing.ReadModelControl;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Personal data in every service: one way to read it ({@link PersonalData}, {@link PersonalDataJson}), and keys from
 * the command side's key table, which the command side declares itself ({@link PersonalDataKeys}); every other
 * service asks for them over the query bus ({@link RemotePersonalDataKeys}).
 */
@AutoConfiguration(after = ProcessingSafetyAutoConfiguration.class)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(PersonalDataKeys.class)
    public RemotePersonalDataKeys keaRemotePersonalDataKeys(QueryGateway queries, PersonalDataProperties properties,
                                                            ReadModelControl instances) {
        return new RemotePersonalDataKeys(queries, properties.keyTimeout(), properties.keyCacheSize(),
                properties.keyCacheTtl(), instances.instance(), Clock.systemUTC());
    }

    @Bean
    public PersonalData keaPersonalData(PersonalDataKeys keys) {
        return new PersonalData(keys);
    }

    @Bean
    public PersonalDataJson keaPersonalDataJson(JsonMapper json, PersonalData personalData) {
        return new PersonalDataJson(json, personalData);
    }

    @Bean
    public PersonalDataErasure keaPersonalDataErasure(QueryGateway queries, PersonalDataKeys keys,
                                                      PersonalDataProperties properties) {
        return new PersonalDataErasure(queries, keys, properties.forgetTimeout());
    }
}
