package scot.quads.rubric.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.quads.rubric.rest.FrameworkImport.IndicatorImport;
import scot.quads.rubric.rest.FrameworkImport.Level;
import scot.quads.rubric.rest.FrameworkImport.QuestionImport;
import scot.quads.rubric.rest.FrameworkImport.ThemeImport;

/**
 * The rules of an imported rubric that span fields: scale values distinct; theme, indicator and question codes
 * each unique within the version; no empty entries in a list. Whether the grading grain and the questions' kinds
 * fit together is {@link GrainRules}' to say, once every field is valid. Each problem is reported at its JSON path, such as
 * {@code themes[2].indicators[0].questions[1].code}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentRubric.Validator.class)
public @interface ConsistentRubric {

    String message() default "is not a consistent rubric";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentRubric, FrameworkImport> {

        /** One step of a JSON path: a property, and the index of the element it belongs to in the list before it. */
        private record Step(String name, Integer index) {
        }

        @Override
        public boolean isValid(FrameworkImport rubric, ConstraintValidatorContext context) {
            if (rubric == null) {
                return true;
            }
            List<Runnable> problems = new ArrayList<>();
            checkScale(rubric.scale(), context, problems);
            checkContent(rubric.themes(), context, problems);
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            problems.forEach(Runnable::run);
            return false;
        }

        private static void checkScale(List<Level> scale, ConstraintValidatorContext context, List<Runnable> problems) {
            if (scale == null) {
                return;
            }
            Map<Integer, Integer> seen = new HashMap<>();
            for (int i = 0; i < scale.size(); i++) {
                Level level = scale.get(i);
                if (level == null) {
                    problems.add(element(context, List.of(new Step("scale", null)), i));
                    continue;
                }
                if (level.value() == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(level.value(), i);
                if (first != null) {
                    problems.add(at(context, "repeats the value of scale[" + first + "]",
                            List.of(new Step("scale", null), new Step("value", i))));
                }
            }
        }

        private static void checkContent(List<ThemeImport> themes, ConstraintValidatorContext context,
                List<Runnable> problems) {
            if (themes == null) {
                return;
            }
            Map<String, String> themeCodes = new HashMap<>();
            Map<String, String> indicatorCodes = new HashMap<>();
            Map<String, String> questionCodes = new HashMap<>();
            for (int t = 0; t < themes.size(); t++) {
                ThemeImport theme = themes.get(t);
                List<Step> themePath = List.of(new Step("themes", null));
                if (theme == null) {
                    problems.add(element(context, themePath, t));
                    continue;
                }
                unique(theme.code(), "themes[" + t + "].code", themeCodes, context,
                        with(themePath, new Step("code", t)), problems);
                List<IndicatorImport> indicators = theme.indicators();
                for (int i = 0; indicators != null && i < indicators.size(); i++) {
                    IndicatorImport indicator = indicators.get(i);
                    List<Step> indicatorPath = with(themePath, new Step("indicators", t));
                    if (indicator == null) {
                        problems.add(element(context, indicatorPath, i));
                        continue;
                    }
                    String indicatorAt = "themes[" + t + "].indicators[" + i + "]";
                    unique(indicator.code(), indicatorAt + ".code", indicatorCodes, context,
                            with(indicatorPath, new Step("code", i)), problems);
                    List<QuestionImport> questions = indicator.questions();
                    for (int q = 0; questions != null && q < questions.size(); q++) {
                        QuestionImport question = questions.get(q);
                        List<Step> questionPath = with(indicatorPath, new Step("questions", i));
                        if (question == null) {
                            problems.add(element(context, questionPath, q));
                            continue;
                        }
                        unique(question.code(), indicatorAt + ".questions[" + q + "].code", questionCodes, context,
                                with(questionPath, new Step("code", q)), problems);
                    }
                }
            }
        }

        private static void unique(String code, String where, Map<String, String> seen,
                ConstraintValidatorContext context, List<Step> path, List<Runnable> problems) {
            if (code == null || code.isBlank()) {
                return;
            }
            String first = seen.putIfAbsent(code, where);
            if (first != null) {
                problems.add(at(context, "repeats the code of " + first + "; codes must be unique in a version", path));
            }
        }

        private static List<Step> with(List<Step> path, Step next) {
            List<Step> longer = new ArrayList<>(path);
            longer.add(next);
            return longer;
        }

        /** A violation at a property path. Messages carry only paths, never the caller's text. */
        private static Runnable at(ConstraintValidatorContext context, String message, List<Step> path) {
            return () -> report(context, message, path, null);
        }

        /** A violation on a list element that is null, such as {@code themes[0].indicators[3]}. */
        private static Runnable element(ConstraintValidatorContext context, List<Step> listPath, int index) {
            return () -> report(context, "must not be null", listPath, index);
        }

        private static void report(ConstraintValidatorContext context, String message, List<Step> path,
                Integer elementIndex) {
            NodeBuilderCustomizableContext custom = context.buildConstraintViolationWithTemplate(escape(message))
                    .addPropertyNode(path.get(0).name());
            NodeBuilderDefinedContext defined = null;
            for (Step step : path.subList(1, path.size())) {
                NodeBuilderCustomizableContext property = defined != null
                        ? defined.addPropertyNode(step.name()) : custom.addPropertyNode(step.name());
                defined = property.inIterable().atIndex(step.index());
                custom = null;
            }
            if (elementIndex != null) {
                LeafNodeBuilderCustomizableContext bean = defined != null
                        ? defined.addBeanNode() : custom.addBeanNode();
                bean.inIterable().atIndex(elementIndex).addConstraintViolation();
            } else if (defined != null) {
                defined.addConstraintViolation();
            } else {
                custom.addConstraintViolation();
            }
        }

        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
