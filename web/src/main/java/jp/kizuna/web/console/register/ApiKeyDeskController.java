package jp.kizuna.web.console.register;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.register.RegisterForms.ApiKeyIssue;
import jp.kizuna.web.console.register.RegisterViews.ApiKey;
import jp.kizuna.web.console.register.RegisterViews.IssuedKey;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner API keys of an organization, city staff's: the keys by their prefix (never the key), issuing one and
 * revoking one. An issued key is shown once, on the page that answers the issue, and kept nowhere — not in the
 * session, not in a redirect, not in any cache ({@code Cache-Control: no-store}); the registry keeps only its hash.
 */
@Controller
class ApiKeyDeskController {

    private final RegisterDesk desk;
    private final ConsoleRefusals refusals;
    private final ProblemMessages problems;

    ApiKeyDeskController(RegisterDesk desk, ConsoleRefusals refusals, ProblemMessages problems) {
        this.desk = desk;
        this.refusals = refusals;
        this.problems = problems;
    }

    @GetMapping("/console/register/{id}/api-keys")
    String keys(@PathVariable String id, Authentication authentication, Model model) {
        RegisterController.cityStaff(authentication);
        model.addAttribute("organization", desk.organization(id).value());
        model.addAttribute("keys", desk.apiKeysOf(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApiKeyIssue.empty());
        }
        return "console/register/api-keys";
    }

    @PostMapping("/console/register/{id}/api-keys")
    String issue(@PathVariable String id, ApiKeyIssue form, Authentication authentication, Model model, Locale locale,
                 HttpServletResponse response) {
        RegisterController.cityStaff(authentication);
        try {
            // the organization first: once the key is issued nothing may fail before it is shown
            var organization = desk.organization(id).value();
            IssuedKey issued = desk.issueApiKey(id, form.body());
            // the key is on this answer only: rendered here, never flashed, never cached
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("organization", organization);
            model.addAttribute("issued", issued);
            return "console/register/api-key-issued";
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            model.addAttribute("problem", refusals.refused(refused, locale, response));
            model.addAttribute("form", form);
            return keys(id, authentication, model);
        }
    }

    @PostMapping("/console/register/{id}/api-keys/{keyId}/revocation")
    String revoke(@PathVariable String id, @PathVariable String keyId, @RequestParam(defaultValue = "") String reason,
                  Authentication authentication, RedirectAttributes redirect, Locale locale) {
        RegisterController.cityStaff(authentication);
        try {
            ApiKey revoked = desk.revokeApiKey(id, keyId, reason);
            redirect.addFlashAttribute("revokedLabel", revoked.label());
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            redirect.addFlashAttribute("revocationProblem", problems.of(refused, locale));
            redirect.addFlashAttribute("problemKeyId", keyId);
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:/console/register/" + id + "/api-keys";
    }
}
