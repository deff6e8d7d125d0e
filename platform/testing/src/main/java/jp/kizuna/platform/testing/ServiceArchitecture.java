package jp.kizuna.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout every service keeps (checked by each service's {@code ServiceArchitectureTest}): its feature
 * packages ({@code jp.kizuna.<service>.<feature>}) import one another without a cycle, and no code of the
 * service imports another service's — they share only the platform and the topics (docs/architecture.md).
 */
public final class ServiceArchitecture {

    /** The base package of each service. */
    public static final List<String> SERVICES = List.of("jp.kizuna.registry", "jp.kizuna.kpi", "jp.kizuna.subsidy",
            "jp.kizuna.events");

    private ServiceArchitecture() {
    }

    /** The service's own classes, its tests left out. */
    public static JavaClasses of(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** Fails, naming each cycle, when two or more feature packages of the service import one another round. */
    public static void featurePackagesAreAcyclic(String basePackage) {
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(of(basePackage));
    }

    /** Fails, naming each import, when the service's code depends on another service's classes. */
    public static void importsNoOtherService(String basePackage) {
        String[] others = SERVICES.stream().filter(service -> !service.equals(basePackage)).map(service -> service + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(basePackage + "..").should().dependOnClassesThat().resideInAnyPackage(others)
                .check(of(basePackage));
    }
}
