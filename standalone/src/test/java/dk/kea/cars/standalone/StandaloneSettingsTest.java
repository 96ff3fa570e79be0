package dk.kea.cars.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Every setting a service takes from a {@code KEA_…} environment variable is settable in the standalone under the
 * same variable and the same property (issue 13: the standalone once hard-coded the write rate). Spring's own
 * variables ({@code SPRING_DATASOURCE_URL}, {@code MANAGEMENT_SERVER_PORT}, …) bind by Spring's relaxed binding in
 * every application and need no placeholder.
 */
class StandaloneSettingsTest {

    private static final Pattern KEA_VARIABLE = Pattern.compile("\\$\\{(KEA_[A-Z_]+)");

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side", "auth-query", "public-query"})
    void theStandaloneTakesEveryKeaVariableOfTheServiceForTheSameProperty(String service) throws IOException {
        Map<String, String> standalone = baseDocument(Path.of("src/main/resources/application.yml"));
        Map<String, String> variablesOfService = keaVariables(
                baseDocument(Path.of("..", service, "src/main/resources/application.yml")));

        assertThat(variablesOfService).isNotEmpty();
        variablesOfService.forEach((property, variable) -> assertThat(standalone.get(property))
                .as("%s (%s) in the standalone's application.yml", property, variable)
                .contains("${" + variable));
    }

    @Test
    void theWriteRateOfTheIssueIsAmongThem() throws IOException {
        Map<String, String> standalone = baseDocument(Path.of("src/main/resources/application.yml"));

        assertThat(keaVariables(standalone)).containsEntry("kea.security.write-rate.per-minute",
                "KEA_WRITE_RATE_PER_MINUTE");
    }

    /** The properties of the document that applies whatever the profile, values as written (unresolved). */
    private static Map<String, String> baseDocument(Path file) throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader()
                .load(file.toString(), new FileSystemResource(file));
        EnumerablePropertySource<?> base = (EnumerablePropertySource<?>) documents.get(0);
        Map<String, String> properties = new LinkedHashMap<>();
        for (String name : base.getPropertyNames()) {
            properties.put(name, String.valueOf(base.getProperty(name)));
        }
        return properties;
    }

    private static Map<String, String> keaVariables(Map<String, String> properties) {
        Map<String, String> variables = new LinkedHashMap<>();
        properties.forEach((property, value) -> {
            Matcher variable = KEA_VARIABLE.matcher(value);
            if (variable.find()) {
                variables.put(property, variable.group(1));
            }
        });
        return variables;
    }
}
