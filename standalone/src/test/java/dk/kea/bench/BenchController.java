package dk.kea.bench;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/**
 * The benchmark's endpoints in its own standalone JVM. All are GETs under {@code /api/}, so query-side's security
 * chain authenticates them exactly like a read: {@code ping} is therefore the cheapest authenticated request the
 * app can serve.
 */
@RestController
@RequestMapping(path = "/api/bench", produces = MediaType.APPLICATION_JSON_VALUE)
public class BenchController {

    private final DataSetLoader loader;
    private final RawWrites raw;
    private final ProjectionLag lag;

    BenchController(DataSetLoader loader, RawWrites raw, ProjectionLag lag) {
        this.loader = loader;
        this.raw = raw;
        this.lag = lag;
    }

    @GetMapping("/ping")
    Map<String, Object> ping() {
        return Map.of("ok", true);
    }

    @GetMapping("/load")
    Map<String, Object> load(@RequestParam double scale, @RequestParam(defaultValue = "8") int threads) {
        return loader.load(scale, threads);
    }

    @GetMapping("/raw")
    Map<String, Object> raw(@RequestParam int clients, @RequestParam double warmup, @RequestParam double seconds) {
        return raw.customerCreates(clients, seconds(warmup), seconds(seconds));
    }

    @GetMapping("/lag")
    Map<String, Object> lag(@RequestParam int samples) {
        return lag.measure(samples);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
