package dk.kea.cars.command.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kea.cars.api.accessory.CreateAccessory;
import dk.kea.cars.api.brand.CreateBrand;
import dk.kea.cars.api.color.CreateColor;
import dk.kea.cars.api.insurance.CreateInsurance;
import dk.kea.cars.api.model.CreateModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Loads {@code catalog-seed.json} as ordinary create commands with the seed's fixed ids. Creates are idempotent by
 * id, so every start after the first emits nothing (spec §10). Switch off with {@code kea.seed.catalog=false}.
 */
@Component
@ConditionalOnProperty(name = "kea.seed.catalog", havingValue = "true", matchIfMissing = true)
class CatalogSeeder {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);

    private final CommandGateway commands;

    CatalogSeeder(CommandGateway commands) {
        this.commands = commands;
    }

    @Order(1)
    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        JsonNode seed = read("seed/catalog-seed.json");
        List<Object> creates = new ArrayList<>();
        creates.addAll(each(seed.get("brands"), brand -> new CreateBrand(id(brand), text(brand, "name"),
                text(brand, "logo_url"))));
        creates.addAll(each(seed.get("colors"), color -> new CreateColor(id(color), text(color, "name"),
                color.get("price").decimalValue(), color.get("red_value").intValue(),
                color.get("green_value").intValue(), color.get("blue_value").intValue())));
        creates.addAll(each(seed.get("accessories"), accessory -> new CreateAccessory(id(accessory),
                text(accessory, "name"), accessory.get("price").decimalValue())));
        creates.addAll(each(seed.get("insurances"), insurance -> new CreateInsurance(id(insurance),
                text(insurance, "name"), insurance.get("price").decimalValue())));
        creates.addAll(each(seed.get("models"), model -> new CreateModel(id(model),
                UUID.fromString(text(model, "brand_id")), text(model, "name"), model.get("price").decimalValue(),
                text(model, "image_url"), ids(model.get("color_ids")))));
        creates.forEach(commands::sendAndWait);
        log.info("Catalog seed applied ({} entries; existing ones left untouched)", creates.size());
    }

    static JsonNode read(String resource) {
        ObjectMapper json = new ObjectMapper().configure(
                com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static <T> List<T> each(JsonNode array, Function<JsonNode, T> mapper) {
        List<T> mapped = new ArrayList<>();
        array.forEach(node -> mapped.add(mapper.apply(node)));
        return mapped;
    }

    static UUID id(JsonNode node) {
        return UUID.fromString(text(node, "id"));
    }

    static String text(JsonNode node, String field) {
        return node.get(field).asText();
    }

    private static List<UUID> ids(JsonNode array) {
        return each(array, node -> UUID.fromString(node.asText()));
    }
}
