package scot.quads.support.rest;

import jakarta.ws.rs.core.EntityTag;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/** Versions as HTTP entity tags: a resource at version 7 carries {@code ETag: "7"}; writes send it back in If-Match. */
public final class ETags {

    /** What the OpenAPI says of the ETag header of a versioned resource. */
    public static final String HEADER = "The resource's version, such as \"3\": send it back in If-Match to change it";

    /** What the OpenAPI says of the Location header of a 201. */
    public static final String LOCATION = "The new resource's URL";

    /** What the OpenAPI says of the Content-Disposition header of an export. */
    public static final String DISPOSITION = "attachment, with the file's name";

    /** What the OpenAPI says of an If-Match header that an operation requires (else 428). */
    public static final String IF_MATCH_REQUIRED = "The ETag last read, such as \"3\": the change is refused with 412 "
            + "if someone changed the resource since, and with 428 if If-Match is missing";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names, or null when there is none (or it is {@code *}). */
    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match must be an ETag this service issued, such as \"3\"",
                    new Problem.FieldError("If-Match", "is not a version this service issued"));
        }
    }

    /** The version an {@code If-Match} header names; 428 when it is missing. */
    public static long required(String ifMatch) {
        Long version = parse(ifMatch);
        if (version == null) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag you last read, so that nobody's change is overwritten unseen");
        }
        return version;
    }
}
