package jp.kizuna.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationConventionsTest {

    @Test
    void namesABareVerbAfterTheControllersResource() {
        assertThat(OperationConventions.idOf("get", OperationConventions.resourceOf("OrganizationController"), true))
                .isEqualTo("getOrganization");
        assertThat(OperationConventions.idOf("revoke", "ApiKey", false)).isEqualTo("revokeApiKey");
    }

    @Test
    void namesAListInThePlural() {
        assertThat(OperationConventions.idOf("list", "Organization", true)).isEqualTo("listOrganizations");
        assertThat(OperationConventions.idOf("list", "Placement", true)).isEqualTo("listPlacements");
        assertThat(OperationConventions.idOf("list", "Category", true)).isEqualTo("listCategories");
    }

    @Test
    void putsGetBeforeAReadNamedByANoun() {
        assertThat(OperationConventions.idOf("history", "Organization", true)).isEqualTo("getOrganizationHistory");
        assertThat(OperationConventions.idOf("organizationStages", "Organization", true)).isEqualTo("getOrganizationStages");
        assertThat(OperationConventions.idOf("listDrafts", "Event", true)).isEqualTo("listDrafts");
    }

    @Test
    void keepsAHandlerNameThatSaysWhatIsDone() {
        assertThat(OperationConventions.idOf("changeStage", "Organization", false)).isEqualTo("changeStage");
    }

    @Test
    void makesASummaryFromTheId() {
        assertThat(OperationConventions.summaryOf("listOrganizations")).isEqualTo("List organizations");
        assertThat(OperationConventions.summaryOf("getApiKey")).isEqualTo("Get API key");
    }
}
