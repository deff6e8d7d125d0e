package jp.kizuna.platform.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.kizuna.platform.web.params.PageNumber;
import jp.kizuna.platform.web.params.PageSize;
import jp.kizuna.platform.web.params.SearchText;
import jp.kizuna.platform.web.params.SupportedDate;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finds the controller parameters of a service that take a page, a page size, a fiscal year, a
 * day or a search text without declaring the platform's limit for it
 * ({@link jp.kizuna.platform.web.params}), so that a new operation cannot forget one.
 */
public final class ParameterLimitsCheck {

    private ParameterLimitsCheck() {
    }

    /** Each parameter that lacks its limit, as {@code Controller.method(name): needs @Annotation}. */
    public static List<String> undeclared(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> missing = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
            Class<?> controller = ClassUtils.resolveClassName(definition.getBeanClassName(),
                    ParameterLimitsCheck.class.getClassLoader());
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    Class<? extends Annotation> needed = needed(parameter);
                    if (needed != null && !parameter.isAnnotationPresent(needed)) {
                        missing.add(controller.getSimpleName() + "." + method.getName() + "(" + name(parameter) + "): needs @"
                                + needed.getSimpleName());
                    }
                }
            }
        }
        return missing;
    }

    private static Class<? extends Annotation> needed(Parameter parameter) {
        if (!parameter.isAnnotationPresent(RequestParam.class) && !parameter.isAnnotationPresent(PathVariable.class)) {
            return null;
        }
        Class<?> type = parameter.getType();
        if (type == LocalDate.class || type == LocalDateTime.class) {
            return SupportedDate.class;
        }
        return switch (name(parameter)) {
            case "page" -> PageNumber.class;
            case "size" -> PageSize.class;
            case "fiscalYear" -> SupportedFiscalYear.class;
            case "q" -> SearchText.class;
            default -> null;
        };
    }

    private static String name(Parameter parameter) {
        RequestParam param = parameter.getAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        return parameter.getName();
    }
}
