package dk.kea.cars.helm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A service's own application.yml, read to check that the chart sets what the service really reads. */
final class ApplicationConfig {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}");

    private final Path file;
    private final JsonNode root;

    private ApplicationConfig(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static ApplicationConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no application.yml at " + file.toAbsolutePath());
        }
        return new ApplicationConfig(file, new YAMLMapper().readTree(file.toFile()));
    }

    /** The raw value of a property such as {@code server.port}, placeholders unresolved. */
    String property(String dottedName) {
        JsonNode node = root;
        for (String part : dottedName.split("\\.")) {
            node = node.path(part);
        }
        if (node.isMissingNode() || node.isNull()) {
            throw new AssertionError(file + " does not set " + dottedName);
        }
        return node.asString();
    }

    /** The placeholder a property is made of, e.g. {@code ${PORT:8082}} for {@code server.port}. */
    Optional<Placeholder> placeholderOf(String dottedName) {
        var matcher = PLACEHOLDER.matcher(property(dottedName));
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Placeholder(matcher.group(1), matcher.group(2)));
    }

    @Override
    public String toString() {
        return file.toString();
    }

    /** {@code ${variable:defaultValue}}; defaultValue is null without a default. */
    record Placeholder(String variable, String defaultValue) {
    }
}
