package jp.kizuna.web.console.kpi;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.page.PageContext;
import jp.kizuna.web.page.PageProblem;
import jp.kizuna.web.page.Person;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The KPI pages are the city's: an organization's officer or a partner, who may enter the console, is told in
 * words that these pages are for city staff (403), before any call to the API. Ordered before the portal's
 * {@code PageErrors}, whose catch-all would otherwise take the refusal for a failure.
 */
@ControllerAdvice(basePackageClasses = CityStaffOnly.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CityStaffOnly {

    private final KpiRefusals refusals;

    CityStaffOnly(KpiRefusals refusals) {
        this.refusals = refusals;
    }

    @ModelAttribute
    void cityStaffOnly(Authentication authentication) {
        if (!Person.of(authentication).map(Person::isCityStaff).orElse(false)) {
            throw new NotCityStaff();
        }
    }

    /** The page's frame needs who is signed in and the other language's address (an exception handler's model is new). */
    @ExceptionHandler(NotCityStaff.class)
    String refuse(Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
                  Locale locale) {
        response.setStatus(403);
        model.addAttribute("person", Person.of(authentication).orElse(null));
        model.addAttribute("languageSwitch", PageContext.languageSwitchOf(request, locale));
        model.addAttribute("problem", new PageProblem(refusals.text("console.kpi.forbidden", locale), null, null));
        return "error/problem";
    }

    static final class NotCityStaff extends RuntimeException {

        NotCityStaff() {
            super("the KPI pages are for city staff", null, false, false);
        }
    }
}
