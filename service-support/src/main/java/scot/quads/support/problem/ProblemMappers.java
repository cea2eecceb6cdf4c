package scot.quads.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import scot.quads.support.jdbc.ConcurrentChangeException;
import scot.quads.support.jdbc.DatabaseFailures;

/** Maps every exception that can leave a resource to a problem+json response; none leaves as an HTML page. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(null, e.title(), e.status(), e.getMessage(), path(uri), e.errors(), e.properties()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(new Problem(null, "Invalid request", 400, "Some fields are not valid", path(uri), errors, null));
    }

    // Listed one by one so that these win over the framework's own mappers for the same classes.
    @ServerExceptionMapper({ JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, com.fasterxml.jackson.databind.exc.ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String why;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = jsonPath(unknown);
            why = "is not a known field";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            why = "must not contain control characters (such as NUL)";
        } else if (e instanceof InvalidFormatException format) {
            why = "cannot be read as " + simpleName(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("Trailing token")) {
            field = "";
            why = "The body has more after its JSON document";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            why = "must be " + describe(mismatch.getTargetType());
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '")) {
            String message = e.getOriginalMessage();
            field = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
            why = "is given more than once";
        } else {
            field = "";
            why = "The body is not valid JSON";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, why));
        String detail = field.isEmpty() ? why : field + " " + why;
        return respond(new Problem(null, "Malformed request body", 400, detail, path(uri), errors, null));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(null, "Forbidden", 403,
                "Your account does not have the role this needs", path(uri), null, null));
    }

    @ServerExceptionMapper({ ConcurrentChangeException.class, jakarta.persistence.OptimisticLockException.class,
            org.hibernate.StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return conflict(uri);
    }

    private static Response conflict(UriInfo uri) {
        return respond(new Problem(null, "Conflict", 409,
                "Someone else changed this at the same time; reload and try again", path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The runtime wraps what a parameter converter throws (see QueryParamConverters): the cause says what was wrong.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "There is nothing at " + path(uri) : e.getMessage();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        return respond(new Problem(null, title, status, detail, path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // A write that met someone else's change at flush or commit arrives wrapped by the transaction's interceptor.
        if (DatabaseFailures.concurrentChange(e)) {
            return conflict(uri);
        }
        if (DatabaseFailures.uniqueViolation(e).isPresent()) {
            return respond(new Problem(null, "Conflict", 409,
                    "This would duplicate something that already exists (perhaps saved at the same moment by "
                            + "someone else); nothing was changed. Reload and check.",
                    path(uri), null, null));
        }
        if (DatabaseFailures.unavailable(e)) {
            Log.warnf("Database unavailable for %s: %s", path(uri), e.getMessage());
            return Response.status(503)
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(null, "Service unavailable", 503,
                            "The service cannot take this now; nothing was changed. Try again in a moment.",
                            path(uri), null, null))
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure %s on %s", incident, path(uri));
        return respond(new Problem(null, "Internal server error", 500,
                "Something went wrong on our side; nothing was changed. Quote incident " + incident + " if it persists.",
                path(uri), null, Map.of("incident", incident)));
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"quads\"")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(null, "Unauthorized", 401, "Sign in: this needs a valid bearer token",
                        path(uri), null, null))
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** A validated method parameter's path is method.arg.field; callers know the field, not our method names. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            // An element of a list (List<@NotBlank String>) is named by its index alone, not "<list element>".
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    field.append(node.getName());
                }
            }
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == int.class || type == long.class || type == short.class || type == byte.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return "an object";
    }

    private static String simpleName(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        return describe(type);
    }
}
