package dk.kea.cars.publicquery;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.kea.cars.publicquery.model.PublicModelCopies;
import java.util.Set;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.web.bind.annotation.RestController;

class PublicArchitectureTest {

    private static final JavaClasses PUBLIC_QUERY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kea.cars.publicquery");

    /** Anything that talks to MongoDB by itself, and so could write with the writer's rights. */
    private static final DescribedPredicate<JavaClass> MONGO_CONNECTION = assignableTo(MongoOperations.class)
            .or(assignableTo(MongoDatabaseFactory.class))
            .or(assignableTo(MongoClient.class))
            .or(assignableTo(MongoDatabase.class))
            .or(assignableTo(MongoCollection.class))
            .as("are MongoDB connections");

    private static final DescribedPredicate<JavaClass> SERVING_REQUESTS = DescribedPredicate.<JavaClass>describe(
                    "declare @QueryHandler methods", type -> type.getMethods().stream()
                            .anyMatch(method -> method.isAnnotatedWith(QueryHandler.class)))
            .or(annotatedWith(RestController.class))
            .as("serve requests (@RestController or @QueryHandler)");

    /** All but the projections, what they delegate to, the token store and the place the reader is built. */
    private static final DescribedPredicate<JavaClass> NEITHER_PROJECTION_NOR_STORE = not(belongToAnyOf(
                    PublicModelCopies.class, PublicTokenStoreConfig.class, PublicCatalogReaderConfig.class,
                    PublicCatalogReader.class)
            .or(annotatedWith(ProcessingGroup.class)))
            .as("are neither projections nor store configuration");

    /** getDb only opens the GridFS bucket of the model images, whose own calls are checked below. */
    private static final Set<String> READS = Set.of("find", "findById", "exists", "getDb");
    private static final Set<String> GRID_FS_READS = Set.of("find", "downloadToStream");

    @Test
    void dependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dk.kea.cars.command..", "dk.kea.cars.query..", "dk.kea.cars.auth..")
                .check(PUBLIC_QUERY);
    }

    /** Spec §1: the public catalog never holds anything about employees, customers, cars or purchases. */
    @Test
    void knowsNothingAboutPeopleOrSales() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dk.kea.cars.api.employee..", "dk.kea.cars.api.customer..",
                        "dk.kea.cars.api.car..", "dk.kea.cars.api.purchase..")
                .check(PUBLIC_QUERY);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dk.kea.cars.publicquery.(*)..").should().beFreeOfCycles().check(PUBLIC_QUERY);
    }

    @Test
    void projectionsSendNoCommands() {
        noClasses().that().areAnnotatedWith(ProcessingGroup.class)
                .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
                .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class)
                .check(PUBLIC_QUERY);
    }

    /** Defense in depth next to the reader's MongoDB role: the API cannot reach the writer's connection. */
    @Test
    void requestsAreServedThroughTheReaderOnly() {
        noClasses().that(SERVING_REQUESTS).should().dependOnClassesThat(MONGO_CONNECTION).check(PUBLIC_QUERY);
    }

    @Test
    void onlyProjectionsAndStoreConfigurationConnectToMongo() {
        noClasses().that(NEITHER_PROJECTION_NOR_STORE).should().dependOnClassesThat(MONGO_CONNECTION).check(PUBLIC_QUERY);
    }

    @Test
    void theReaderOnlyReads() {
        noClasses().that().belongToAnyOf(PublicCatalogReader.class)
                .should().callMethodWhere(describe("it writes through MongoOperations", PublicArchitectureTest::writes))
                .check(PUBLIC_QUERY);
    }

    private static boolean writes(JavaMethodCall call) {
        return call.getTargetOwner().isAssignableTo(MongoOperations.class) && !READS.contains(call.getName())
                || call.getTargetOwner().isAssignableTo(GridFSBucket.class)
                && !GRID_FS_READS.contains(call.getName())
                || call.getTargetOwner().isAssignableTo(MongoDatabase.class);
    }

    /** Every Axon serializer is Jackson: XStream (and with it XStreamSerializer) is on no classpath. */
    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
