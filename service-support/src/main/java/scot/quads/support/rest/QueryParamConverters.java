package scot.quads.support.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/**
 * Converts query parameters to UUIDs, numbers, dates and booleans (true or false only) so that a value that does not convert is a 400 naming the
 * parameter. Left to itself, the JAX-RS runtime answers such a request with a bare 404, as if the resource did not
 * exist, and no exception mapper sees it.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    private record Kind(String expected, Function<String, Object> parse) {
    }

    private static final Map<Class<?>, Kind> KINDS = Map.of(
            UUID.class, new Kind("a UUID", UUID::fromString),
            Integer.class, new Kind("a whole number", Integer::valueOf),
            int.class, new Kind("a whole number", Integer::valueOf),
            Long.class, new Kind("a whole number", Long::valueOf),
            long.class, new Kind("a whole number", Long::valueOf),
            LocalDate.class, new Kind("a date (yyyy-mm-dd)", LocalDate::parse),
            Boolean.class, new Kind("true or false", QueryParamConverters::strictBoolean),
            boolean.class, new Kind("true or false", QueryParamConverters::strictBoolean));

    /** true or false (any case; a flag left out is false); anything else is not a yes or a no, and JAX-RS's own reading would call it false. */
    private static Boolean strictBoolean(String value) {
        if (value.isEmpty() || value.equals("0")) {
            // A primitive flag left out reaches the converter as the runtime's default for primitives, "0".
            return Boolean.FALSE;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException("not true or false: " + value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Kind kind = KINDS.get(rawType);
        String name = queryParamName(annotations);
        if (kind == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) kind.parse().apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw ProblemException.badRequest("Query parameter " + name + " must be " + kind.expected(),
                            new Problem.FieldError(name, "must be " + kind.expected()));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String queryParamName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }
}
