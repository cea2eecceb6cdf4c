package scot.quads.rubric.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.quads.support.problem.BodySizeLimit;
import scot.quads.support.problem.Problem;

/**
 * An upload to an evidence pack may be larger than any other body: up to the file limit and a little room for the
 * form's other fields. A declared body over that is refused here with 413 problem+json naming the file, before
 * anything is read or stored; a body within it is let past the service-wide {@link BodySizeLimit}. (A chunked body
 * that grows past {@code quarkus.http.limits.max-body-size} is cut off by the HTTP layer itself.)
 */
@ApplicationScoped
public class UploadSizeLimit {

    /** Room for the form's fields and the parts' headers beside the file itself. */
    static final long FORM_ALLOWANCE = 64 * 1024;
    private static final Pattern UPLOAD = Pattern.compile("/cycles/[^/]+/evaluations/[^/]+/evidence/?");

    private final long maxFileBytes;
    private final ObjectMapper mapper;

    public UploadSizeLimit(@ConfigProperty(name = "quads.evidence.max-file-bytes") long maxFileBytes,
            ObjectMapper mapper) {
        this.maxFileBytes = maxFileBytes;
        this.mapper = mapper;
    }

    void install(@Observes Router router) throws JsonProcessingException {
        String megabytes = EvidenceService.megabytes(maxFileBytes);
        String tooLarge = mapper.writeValueAsString(new Problem(null, "Payload too large", 413,
                "A file may be at most " + megabytes, null, List.of(new Problem.FieldError("file",
                        "is larger than " + megabytes + ": make it smaller or split it")),
                Map.of("maxFileBytes", maxFileBytes)));
        router.route().order(Integer.MIN_VALUE + 5).handler(context -> {
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (!HttpMethod.POST.equals(context.request().method()) || type == null
                    || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                    || !UPLOAD.matcher(context.normalizedPath()).matches()) {
                context.next();
                return;
            }
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declared(length) > maxFileBytes + FORM_ALLOWANCE) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(tooLarge);
                return;
            }
            context.put(BodySizeLimit.CHECKED, true);
            context.next();
        });
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
