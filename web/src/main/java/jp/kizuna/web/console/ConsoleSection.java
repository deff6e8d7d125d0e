package jp.kizuna.web.console;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page of the console (this package and those below it) is in the console's section of the navigation. */
@ControllerAdvice(basePackageClasses = ConsoleSection.class)
class ConsoleSection {

    @ModelAttribute("section")
    String section() {
        return "console";
    }
}
