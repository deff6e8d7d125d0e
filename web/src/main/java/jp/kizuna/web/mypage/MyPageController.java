package jp.kizuna.web.mypage;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.config.WebProperties;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.EventViews.Registration;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.events.SignUps;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My page: the signed-in person's registrations (with their waitlist positions), cancelling, their account. */
@Controller
class MyPageController {

    static final int PAGE_SIZE = 20;

    private final SignUps signUps;
    private final ProblemMessages problems;
    private final WebProperties properties;

    MyPageController(SignUps signUps, ProblemMessages problems, WebProperties properties) {
        this.signUps = signUps;
        this.problems = problems;
        this.properties = properties;
    }

    @ModelAttribute("section")
    String section() {
        return "my";
    }

    @GetMapping("/my")
    String myPage(@RequestParam(defaultValue = "0") String page, Model model) {
        Page<Registration> registrations = signUps.mine(PageNumbers.parse(page), PAGE_SIZE);
        model.addAttribute("registrations", registrations);
        model.addAttribute("accountPage", properties.accountPage());
        return "my/index";
    }

    @PostMapping("/my/registrations/{id}/cancellation")
    String cancel(@PathVariable String id, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        try {
            Registration cancelled = signUps.cancel(id);
            redirect.addFlashAttribute("cancelled", cancelled);
        } catch (ApiProblemException refused) {
            redirect.addFlashAttribute("cancelProblem", problems.of(refused, locale));
        }
        return "redirect:/my";
    }
}
