package jp.kizuna.localauth.web;

import jp.kizuna.localauth.LocalAuthProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows: whether this issuer has the demo people (the note in the footer). */
@ControllerAdvice(annotations = Controller.class)
class PageDefaults {

    private final LocalAuthProperties properties;

    PageDefaults(LocalAuthProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("demo")
    boolean demo() {
        return properties.seed().enabled();
    }
}
