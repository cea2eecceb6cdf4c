package scot.quads.quad.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A list of pairs of council codes, such as {@code [["S12000005","S12000014"]]}: each entry names two councils.
 * A bad entry is reported as {@code field[i]}, which element constraints on nested lists cannot do.
 */
@Constraint(validatedBy = CouncilPairs.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CouncilPairs {

    String message() default "must name two councils, such as [\"S12000005\",\"S12000014\"]";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CouncilPairs, List<List<String>>> {

        @Override
        public boolean isValid(List<List<String>> pairs, ConstraintValidatorContext context) {
            if (pairs == null) {
                return true;
            }
            boolean valid = true;
            for (int i = 0; i < pairs.size(); i++) {
                List<String> pair = pairs.get(i);
                if (pair == null || pair.size() != 2 || pair.stream().anyMatch(c -> c == null || c.isBlank())) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addBeanNode().inIterable().atIndex(i).addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
