package jp.kizuna.web.console.register;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.register.RegisterForms.NewOrganization;
import jp.kizuna.web.console.register.RegisterViews.Organization;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.page.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register for city staff: the table of organizations a page at a time, filtered as the registry filters
 * (search, kind, district, stage, status) and in the order of the names' readings, registering an organization,
 * and one organization with what may be changed on it. An organization's officers see their own organization
 * here (its profile, activities and links are theirs to edit); any other organization is the public page.
 */
@Controller
class RegisterController {

    static final int PAGE_SIZE = 50;
    /** What anyone but city staff is told on the register's pages. */
    static final String NOT_PERMITTED = "console.register.notPermitted";

    private final RegisterDesk desk;
    private final ConsoleRefusals refusals;

    RegisterController(RegisterDesk desk, ConsoleRefusals refusals) {
        this.desk = desk;
        this.refusals = refusals;
    }

    @GetMapping("/console/register")
    String register(RegisterSearch search, @RequestParam(defaultValue = "0") String page, Authentication authentication,
                    Model model) {
        cityStaff(authentication);
        model.addAttribute("search", search);
        model.addAttribute("districts", desk.districts());
        model.addAttribute("results", desk.search(search, PageNumbers.parse(page), PAGE_SIZE));
        model.addAttribute("kpi", desk.organizationsKpi().orElse(null));
        return "console/register/list";
    }

    @GetMapping("/console/register/new")
    String newOrganization(Authentication authentication, Model model) {
        cityStaff(authentication);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewOrganization.empty());
        }
        model.addAttribute("districts", desk.districts());
        return "console/register/new";
    }

    @PostMapping("/console/register")
    String registerOrganization(NewOrganization form, Authentication authentication, Model model, Locale locale,
                                HttpServletResponse response, RedirectAttributes redirect) {
        cityStaff(authentication);
        try {
            Organization registered = desk.register(form.body());
            redirect.addFlashAttribute("saved", "registered");
            return "redirect:/console/register/" + RegisterDesk.checked(registered.id());
        } catch (ApiProblemException refused) {
            model.addAttribute("problem", refusals.refused(refused, locale, response));
            model.addAttribute("form", form);
            return newOrganization(authentication, model);
        }
    }

    @GetMapping("/console/register/{id}")
    String organization(@PathVariable String id, Authentication authentication, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        RegisterDesk.checked(id);
        if (!person.isCityStaff() && !(person.roles().contains(Roles.ORG_ADMIN) && id.equals(person.organizationId()))) {
            // another organization (or a partner's program's own, which has nothing to edit here): what anyone may see of it
            return "redirect:/organizations/" + id;
        }
        Versioned<Organization> organization = desk.organization(id);
        model.addAttribute("organization", organization.value());
        model.addAttribute("version", organization.etag());
        model.addAttribute("mayEditAll", person.isCityStaff());
        return "console/register/organization";
    }

    /** The signed-in person, if they are city staff; anyone else is told in words whose page this is (403). */
    static Person cityStaff(Authentication authentication) {
        return ConsoleRefusals.cityStaff(authentication, NOT_PERMITTED);
    }
}
