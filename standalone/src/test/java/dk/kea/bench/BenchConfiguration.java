package dk.kea.bench;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Test only, outside the scanned packages: added to the benchmark's own standalone JVM with
 * {@code --spring.main.sources=dk.kea.bench.BenchConfiguration}, never to a production build. Adds
 * {@code /api/bench/...}: the data-set loader, the in-JVM write path, the projection lag probe and a trivial
 * authenticated endpoint (the ceiling the reads are compared with).
 */
@Configuration(proxyBeanMethods = false)
@Import({BenchController.class, Processors.class, DataSetLoader.class, RawWrites.class, ProjectionLag.class})
public class BenchConfiguration {
}
