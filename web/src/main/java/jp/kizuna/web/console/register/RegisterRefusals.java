package jp.kizuna.web.console.register;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.page.PageProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page of the register the person may not use is the portal's readable 403, before the API is asked anything. */
@ControllerAdvice(basePackageClasses = RegisterRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegisterRefusals {

    private final MessageSource messages;

    RegisterRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotPermitted.class)
    String notPermitted(HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(403);
        model.addAttribute("problem", new PageProblem(messages.getMessage("console.register.notPermitted", null, locale), null, null));
        return "error/problem";
    }
}
