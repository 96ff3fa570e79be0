package dk.kea.cars.query.model;

import dk.kea.cars.api.validation.ListPage;
import dk.kea.cars.query.store.CatalogRows;
import dk.kea.cars.api.brand.BrandView;
import dk.kea.cars.api.color.ColorView;
import dk.kea.cars.api.model.ModelView;
import dk.kea.cars.query.brand.BrandRow;
import dk.kea.cars.query.brand.BrandRowRepository;
import dk.kea.cars.query.color.ColorRow;
import dk.kea.cars.query.color.ColorRowRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds {@link ModelView}s with their brand and colors embedded from the current brand and color rows, one query
 * per table for any number of models. A color or brand the read model does not hold (yet) is left out.
 */
@Component
public class ModelViewAssembler {

    private final ModelRowRepository models;
    private final BrandRowRepository brands;
    private final ColorRowRepository colors;
    private final CatalogRows catalog;

    public ModelViewAssembler(ModelRowRepository models, BrandRowRepository brands, ColorRowRepository colors,
                              CatalogRows catalog) {
        this.models = models;
        this.brands = brands;
        this.colors = colors;
        this.catalog = catalog;
    }

    public Optional<ModelView> find(UUID id) {
        return models.findById(id).map(this::toView);
    }

    /** A page of every model, or of one brand's models when {@code brandId} is not {@code null}, by name. */
    public List<ModelView> page(UUID brandId, ListPage page) {
        return toViews(catalog.byName(ModelRow.class, "r.brandId = :brandId", "brandId", brandId, page));
    }

    /** The views of the models the read model holds among {@code ids}, by id. */
    public Map<UUID, ModelView> byId(Collection<UUID> ids) {
        return toViews(models.findAllById(Set.copyOf(ids))).stream()
                .collect(Collectors.toMap(ModelView::id, view -> view));
    }

    public ModelView toView(ModelRow row) {
        return toViews(List.of(row)).get(0);
    }

    private List<ModelView> toViews(List<ModelRow> rows) {
        Map<UUID, BrandView> brandViews = brandViews(rows.stream().map(ModelRow::getBrandId).toList());
        Map<UUID, ColorView> colorViews = colorViews(rows.stream().flatMap(row -> row.getColorIds().stream()).toList());
        return rows.stream()
                .map(row -> row.toView(brandViews.get(row.getBrandId()), colorsOf(row, colorViews)))
                .toList();
    }

    private static List<ColorView> colorsOf(ModelRow row, Map<UUID, ColorView> colorViews) {
        return row.getColorIds().stream().map(colorViews::get).filter(Objects::nonNull).toList();
    }

    private Map<UUID, BrandView> brandViews(Collection<UUID> ids) {
        return brands.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(BrandRow::getId, BrandRow::toView));
    }

    private Map<UUID, ColorView> colorViews(Collection<UUID> ids) {
        return colors.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(ColorRow::getId, ColorRow::toView));
    }
}
