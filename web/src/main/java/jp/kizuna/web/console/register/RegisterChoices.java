package jp.kizuna.web.console.register;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The registry's fixed choices (kinds, stages, legal forms …) for the register's selects, in the registry's order. */
@ControllerAdvice(basePackageClasses = RegisterChoices.class, annotations = Controller.class)
class RegisterChoices {

    @ModelAttribute("choices")
    Map<String, List<String>> choices() {
        return Map.of("kinds", RegisterSearch.KINDS, "stages", RegisterSearch.STAGES, "legalForms", RegisterSearch.LEGAL_FORMS,
                "evidence", RegisterSearch.EVIDENCE, "categories", RegisterSearch.ACTIVITY_CATEGORIES,
                "linkKinds", RegisterSearch.LINK_KINDS, "programmes", RegisterSearch.PROGRAMMES,
                "outcomes", RegisterSearch.OUTCOMES);
    }
}
