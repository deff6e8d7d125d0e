package jp.kizuna.web.console.register;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.console.register.RegisterForms.PlacementEnd;
import jp.kizuna.web.console.register.RegisterForms.PlacementStart;
import jp.kizuna.web.console.register.RegisterViews.Placement;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 地域おこし協力隊 and 集落支援員 an organization hosts, city staff's: its placements, starting one (programme,
 * area, role, headcount, start and planned end) and recording its end with the outcome (settled in the area, left,
 * unknown). An end names the version of the placement it read.
 */
@Controller
class PlacementDeskController {

    private final RegisterDesk desk;
    private final ConsoleRefusals refusals;

    PlacementDeskController(RegisterDesk desk, ConsoleRefusals refusals) {
        this.desk = desk;
        this.refusals = refusals;
    }

    @GetMapping("/console/register/{id}/placements")
    String placements(@PathVariable String id, Authentication authentication, Model model) {
        RegisterController.cityStaff(authentication);
        model.addAttribute("organization", desk.organization(id).value());
        model.addAttribute("placements", desk.placementsOf(id));
        model.addAttribute("districts", desk.districts());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PlacementStart.empty());
        }
        return "console/register/placements";
    }

    @PostMapping("/console/register/{id}/placements")
    String start(@PathVariable String id, PlacementStart form, Authentication authentication, Model model, Locale locale,
                 HttpServletResponse response, RedirectAttributes redirect) {
        RegisterController.cityStaff(authentication);
        try {
            desk.startPlacement(form.body(RegisterDesk.checked(id)));
            redirect.addFlashAttribute("placementSaved", "started");
            return "redirect:/console/register/" + id + "/placements";
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            model.addAttribute("problem", refusals.refused(refused, locale, response));
            model.addAttribute("form", form);
            return placements(id, authentication, model);
        }
    }

    @GetMapping("/console/register/{id}/placements/{placementId}/end")
    String end(@PathVariable String id, @PathVariable String placementId, Authentication authentication, Model model) {
        RegisterController.cityStaff(authentication);
        Versioned<Placement> placement = hosted(id, placementId);
        model.addAttribute("organization", desk.organization(id).value());
        model.addAttribute("placement", placement.value());
        model.addAttribute("version", placement.etag());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PlacementEnd.empty());
        }
        return "console/register/placement-end";
    }

    @PostMapping("/console/register/{id}/placements/{placementId}/end")
    String recordEnd(@PathVariable String id, @PathVariable String placementId, PlacementEnd form,
                     @RequestParam(defaultValue = "") String version, Authentication authentication, Model model,
                     Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        RegisterController.cityStaff(authentication);
        // the address names the organization: another organization's placement is not ended from it
        hosted(id, placementId);
        try {
            desk.endPlacement(placementId, form.body(), version);
            redirect.addFlashAttribute("placementSaved", "ended");
            return "redirect:/console/register/" + id + "/placements";
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            FormRefusal problem = refusals.refused(refused, locale, response);
            model.addAttribute("problem", problem);
            model.addAttribute("form", form);
            String shown = end(id, placementId, authentication, model);
            if (problem.conflict()) {
                model.addAttribute("current", model.getAttribute("placement"));
            } else {
                model.addAttribute("version", version);
            }
            return shown;
        }
    }

    /** A placement of this organization, as it is now; another organization's is not found here. */
    private Versioned<Placement> hosted(String id, String placementId) {
        Versioned<Placement> placement = desk.placement(placementId);
        if (!id.equals(placement.value().hostOrganizationId())) {
            throw new NotFoundException("placement " + placementId + " of " + id);
        }
        return placement;
    }
}
