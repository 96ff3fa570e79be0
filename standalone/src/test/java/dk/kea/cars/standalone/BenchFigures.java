package dk.kea.cars.standalone;

import dk.kea.bench.ClosedLoop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one benchmark run measured: a row per measurement for the Markdown tables and the figures of the
 * {@code BENCH} line. A figure that was not measured stays {@code nan}; nothing here is ever compared with a
 * target in a test, the targets are printed next to the figures.
 */
final class BenchFigures {

    /** The keys issue 13 asks for, in its order; the line may carry more. */
    static final List<String> REQUIRED = List.of("write_c1_p50_ms", "write_c16_rps", "raw_c16_rps", "write_ratio",
            "read_c16_rps", "read_p99_ms", "ceiling_c16_rps", "read_ratio", "carlist_c16_rps", "carlist_p99_ms",
            "carlist_writers_p99_ms", "lag_p50_ms", "lag_p99_ms", "replay_min_eps", "start_s", "rss_mb");

    /** Issue 13's targets for this machine: shown beside the figures, never asserted. */
    private static final Map<String, String> TARGETS = targets();

    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchFigures() {
        REQUIRED.forEach(key -> figures.put(key, Double.NaN));
    }

    void put(String key, double value) {
        figures.put(key, value);
    }

    double get(String key) {
        return figures.getOrDefault(key, Double.NaN);
    }

    void ratio(String key, String numerator, String denominator) {
        put(key, get(numerator) / get(denominator));
    }

    void note(String note) {
        notes.add(note);
    }

    /** A row of the measurements table for a closed-loop HTTP or in-JVM run. */
    void row(String what, ClosedLoop.Result result) {
        rows.add(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %d |", what, result.clients(),
                number(result.perSecond()), number(result.latencies().percentileMillis(50)),
                number(result.latencies().percentileMillis(99)), number(result.latencies().maxMillis()),
                result.failures()));
    }

    /** A row for a measurement without a rate: a lag, a replay, a start. */
    void row(String what, String clients, String perSecond, double p50, double p99, double max) {
        rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | |", what, clients, perSecond,
                number(p50), number(p99), number(max)));
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| measurement | clients | per s | p50 ms | p99 ms | max ms | failures |\n");
        text.append("|---|---|---|---|---|---|---|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        text.append("\n| figure | value | target |\n|---|---|---|\n");
        figures.forEach((key, value) -> text.append("| ").append(key).append(" | ").append(number(value))
                .append(" | ").append(TARGETS.getOrDefault(key, "")).append(" |\n"));
        notes.forEach(note -> text.append('\n').append(note).append('\n'));
        return text.toString();
    }

    String benchLine() {
        StringBuilder line = new StringBuilder("BENCH");
        figures.forEach((key, value) -> line.append(' ').append(key).append('=').append(number(value)));
        return line.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "nan";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    private static Map<String, String> targets() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("write_c1_p50_ms", "≤ 5");
        targets.put("write_ratio", "≥ 0.6");
        targets.put("read_p99_ms", "≤ 20");
        targets.put("read_ratio", "≥ 0.4");
        targets.put("carlist_c16_rps", "≥ 500");
        targets.put("carlist_p99_ms", "≤ 100");
        targets.put("carlist_writers_p99_ms", "≤ 200");
        targets.put("lag_p99_ms", "≤ 20");
        targets.put("replay_min_eps", "≥ 20000");
        targets.put("start_s", "≤ 15");
        targets.put("rss_mb", "≤ 1024");
        return targets;
    }
}
