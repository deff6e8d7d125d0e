package jp.kizuna.events;

import jp.kizuna.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The service's feature packages import one another without a cycle, and it imports no other service's code. */
class ServiceArchitectureTest {

    static final String SERVICE = "jp.kizuna.events";

    @Test
    void featurePackagesImportOneAnotherWithoutACycle() {
        ServiceArchitecture.featurePackagesAreAcyclic(SERVICE);
    }

    @Test
    void noOtherServicesCodeIsImported() {
        ServiceArchitecture.importsNoOtherService(SERVICE);
    }
}
