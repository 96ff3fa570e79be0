package dk.kea.bench;

import org.HdrHistogram.Histogram;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies in microseconds (HdrHistogram, 3 significant digits), reported in milliseconds. */
public final class Latencies {

    private static final long MAX_MICROS = 600_000_000L;

    private final Histogram histogram = new Histogram(MAX_MICROS, 3);

    public void recordNanos(long nanos) {
        histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, nanos / 1000)));
    }

    public static Latencies merged(Collection<Latencies> parts) {
        Latencies all = new Latencies();
        parts.forEach(part -> all.histogram.add(part.histogram));
        return all;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** {@code NaN} when nothing was recorded: a figure that was not measured must not look like one. */
    public double percentileMillis(double percentile) {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }

    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count());
        summary.put("p50_ms", percentileMillis(50));
        summary.put("p99_ms", percentileMillis(99));
        summary.put("max_ms", maxMillis());
        return summary;
    }
}
