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
            + "if someone changed the resource since, and with 428 if If-Match is missing; * matches any current "
            + "version";

    /** What the OpenAPI says of an If-Match header that an operation accepts but does not require. */
    public static final String IF_MATCH_OPTIONAL = "The ETag last read, such as \"3\" (optional): the change is "
            + "refused with 412 if someone changed the resource since; * or none matches any current version";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The {@code If-Match} header as RFC 9110 reads it (absent, {@code *}, or the ETag of one version); 400 when it
     * is none of these. Resources hand it to the service, which asks it, once the resource is found (so an unknown
     * one is 404 whatever If-Match says), which version the caller expects ({@link IfMatch#required(long)} or
     * {@link IfMatch#optional(long)}) and refuses the change with 412 when that is not the current one.
     */
    public static IfMatch ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return IfMatch.ABSENT;
        }
        String tag = header.trim();
        if (tag.equals("*")) {
            return IfMatch.ANY;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return new IfMatch(true, false, version);
            }
        } catch (NumberFormatException e) {
            // Named below.
        }
        throw ProblemException.badRequest("If-Match must be an ETag this service issued, such as \"3\", or *",
                new Problem.FieldError("If-Match", "is not a version this service issued"));
    }

    /**
     * An {@code If-Match} precondition: {@code present} when the header was sent, {@code any} for {@code *}
     * (which matches any current version of a resource that exists), else {@code version} is the one named.
     */
    public record IfMatch(boolean present, boolean any, long version) {
        /** No If-Match: a version is expected only where the operation does not require one. */
        public static final IfMatch ABSENT = new IfMatch(false, false, -1);
        /** {@code If-Match: *}. */
        public static final IfMatch ANY = new IfMatch(true, true, -1);

        /** If-Match naming {@code version}, as a client that read that version sends it. */
        public static IfMatch of(long version) {
            return new IfMatch(true, false, version);
        }

        /**
         * The version the caller expects an existing resource, now at {@code current}, to be at: the one named, or
         * {@code current} for {@code *}; 428 when If-Match is missing. Ask once the resource is found.
         */
        public long required(long current) {
            return required(current, true);
        }

        /**
         * As {@link #required(long)}, for a resource that may not exist yet (version 0 until first written): then
         * {@code *} matches nothing (RFC 9110) and the version returned is never the current one, so the caller's
         * own 412 follows, telling the client what to send.
         */
        public long required(long current, boolean exists) {
            if (!present) {
                throw preconditionRequired();
            }
            return expected(current, exists);
        }

        /**
         * The version the caller expects an existing resource, now at {@code current}, to be at, where If-Match may
         * be left out: the one named, or {@code current} for {@code *} or no If-Match.
         */
        public long optional(long current) {
            return present ? expected(current, true) : current;
        }

        private long expected(long current, boolean exists) {
            if (any) {
                return exists ? current : -1;
            }
            return version;
        }
    }

    private static ProblemException preconditionRequired() {
        return ProblemException.preconditionRequired(
                "Send If-Match with the ETag you last read, so that nobody's change is overwritten unseen");
    }
}
