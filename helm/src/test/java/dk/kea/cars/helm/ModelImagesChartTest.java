package dk.kea.cars.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Model images (issue 15): command-side stores them in public-query's MongoDB database, which serves them, so the
 * chart hands command-side that database's image URI from public-query's MongoDB Secret.
 */
class ModelImagesChartTest {

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void commandSideGetsTheImageStoreFromThePublicQueryMongoDbSecret(ValuesProfile profile) {
        var chart = KeaCarsChart.render(profile);

        var secret = chart.environment(KeaService.COMMAND_SIDE).get("KEA_IMAGES_MONGODB_URI").getValueFrom()
                .getSecretKeyRef();
        var publicQuerySecret = chart.environment(KeaService.PUBLIC_QUERY).get("SPRING_MONGODB_URI").getValueFrom()
                .getSecretKeyRef();

        assertThat(secret.getName()).isEqualTo(publicQuerySecret.getName());
        assertThat(secret.getKey()).isEqualTo("images-uri");
        assertThat(secret.getOptional()).as("a model created with its image needs it").isNotEqualTo(Boolean.TRUE);
        assertThat(KeaService.COMMAND_SIDE.applicationConfig().placeholderOf("kea.images.mongodb-uri"))
                .hasValueSatisfying(uri -> assertThat(uri.variable()).isEqualTo("KEA_IMAGES_MONGODB_URI"));
    }
}
