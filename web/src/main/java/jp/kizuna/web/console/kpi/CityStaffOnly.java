package jp.kizuna.web.console.kpi;

import jp.kizuna.web.console.ConsoleRefusals;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The KPI pages are the city's: an organization's officer or a partner, who may enter the console, is told in
 * words that these pages are for city staff (the console's readable 403, {@link ConsoleRefusals}), before any
 * call to the API.
 */
@ControllerAdvice(basePackageClasses = CityStaffOnly.class)
class CityStaffOnly {

    static final String FORBIDDEN = "console.kpi.forbidden";

    @ModelAttribute
    void cityStaffOnly(Authentication authentication) {
        ConsoleRefusals.cityStaff(authentication, FORBIDDEN);
    }
}
