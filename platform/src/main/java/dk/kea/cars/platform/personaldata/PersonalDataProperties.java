package dk.kea.cars.platform.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code kea.personal-data.*}: how many keys a service without the key table keeps in memory and for how long; how
 * long it waits for the command side's answer; how long an erasure waits for every instance to forget the key.
 */
@ConfigurationProperties("kea.personal-data")
public record PersonalDataProperties(@DefaultValue("10000") int keyCacheSize,
                                     @DefaultValue("5m") Duration keyCacheTtl,
                                     @DefaultValue("5s") Duration keyTimeout,
                                     @DefaultValue("5s") Duration forgetTimeout) {
}
