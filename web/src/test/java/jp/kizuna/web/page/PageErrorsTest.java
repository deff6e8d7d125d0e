package jp.kizuna.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Where a person asked to sign in again comes back to: always a page of this site. */
class PageErrorsTest {

    @Test
    void aPageThatWasReadIsComeBackToWithItsQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console/subsidies/budgets");
        request.setQueryString("fiscalYear=2023");

        assertThat(PageErrors.comingBackTo(request)).isEqualTo("/console/subsidies/budgets?fiscalYear=2023");
    }

    @Test
    void aFormThatWasSentComesBackToThePageItWasSentFrom() {
        assertThat(PageErrors.comingBackTo(post("http://localhost:8080/console/subsidies/applications/app-1?tab=steps")))
                .isEqualTo("/console/subsidies/applications/app-1?tab=steps");
    }

    @Test
    void aFormSentFromNoKnownPageComesBackToTheFrontPage() {
        assertThat(PageErrors.comingBackTo(post(null))).isEqualTo("/");
        assertThat(PageErrors.comingBackTo(post("not a uri at all"))).isEqualTo("/");
    }

    @Test
    void neverLeadsToAnotherSite() {
        assertThat(PageErrors.comingBackTo(post("http://localhost:8080//elsewhere.example/x"))).isEqualTo("/");
        assertThat(PageErrors.comingBackTo(post("mailto:someone@example.org"))).isEqualTo("/");
    }

    private static MockHttpServletRequest post(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/console/subsidies/applications/app-1/approval");
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }
}
