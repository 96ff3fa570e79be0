package dk.kea.cars.api.readmodel;

import java.util.List;

/** One instance's answer to {@link FindReadModelProcessors}: its client id and the processors it runs. */
public record ReadModelProcessors(String instance, List<ReadModelProcessor> processors) {

    public ReadModelProcessors {
        processors = List.copyOf(processors);
    }
}
