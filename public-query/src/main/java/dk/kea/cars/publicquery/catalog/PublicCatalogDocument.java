package dk.kea.cars.publicquery.catalog;

import dk.kea.cars.api.common.VersionedView;

/** A stored entry of the public catalog: the sequence of the last event it applied, and how the API shows it. */
public interface PublicCatalogDocument<V extends VersionedView> {

    long version();

    V toView();
}
