package jp.kizuna.kpi.sheet;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the evaluation sheet as a self-contained XHTML page from the template
 * {@code templates/evaluation-sheet.xhtml}, laid out like the city's sheet. Thymeleaf's XML mode keeps the
 * page well-formed XHTML, so the same page also feeds the PDF renderer; what each cell says comes from
 * {@link SheetFigures}.
 */
@Component
public class SheetHtml {

    /** The family the page's CSS asks for, under which {@link SheetPdf} embeds the font. */
    static final String FONT_FAMILY = "KizunaSheet";
    private static final String TEMPLATE = "evaluation-sheet";

    private final TargetActualChart charts;
    private final SpringTemplateEngine templates;

    SheetHtml(TargetActualChart charts) {
        this.charts = charts;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(SheetHtml.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        this.templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setEnableSpringELCompiler(true);
    }

    public String render(EvaluationSheet sheet) {
        return templates.process(TEMPLATE, new Context(Locale.JAPAN, Map.of("sheet", sheet, "f", sheet.field(),
                "figures", new SheetFigures(sheet), "charts", charts, "fontFamily", FONT_FAMILY)));
    }
}
