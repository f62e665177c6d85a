package la.rtp.tracker.security;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A chosen password that {@link Passwords} accepts for the username beside it; reported on {@code password}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
public @interface AcceptablePassword {

    String message() default "{rtp.password.length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that chooses a password for a username. */
    interface Choice {
        String username();

        String password();
    }

    class Validator implements ConstraintValidator<AcceptablePassword, Choice> {
        @Override
        public boolean isValid(Choice choice, ConstraintValidatorContext context) {
            if (choice == null || choice.password() == null) {
                return true; // @NotNull on the field says so
            }
            return Passwords.refusal(choice.password(), choice.username()).map(refusal -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + refusal.key() + "}").addPropertyNode("password")
                        .addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
