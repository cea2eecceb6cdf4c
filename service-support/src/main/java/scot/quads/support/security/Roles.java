package scot.quads.support.security;

/** The Keycloak realm roles of realm {@code quads}. */
public final class Roles {

    /** ADES officers: run the frameworks, cycles and quads; see everything. */
    public static final String ADES_ADMIN = "ades-admin";
    /**
     * An ADES officer assigned by ADES to some quads: reads what those quads' members read and comments; administers
     * nothing and edits no self-evaluation. Reaches nothing without a live assignment in quad-service.
     */
    public static final String ADES_OFFICER = "ades-officer";
    /**
     * An Education Scotland link inspector or adviser assigned by ADES to quads or to councils: reads their work and
     * comments; never edits a self-evaluation. Reaches nothing without a live assignment in quad-service.
     */
    public static final String ES_LINK = "es-link";
    /** A council's officers who write its self-evaluation. */
    public static final String AUTHORITY_EDITOR = "authority-editor";
    /** A council's officers who read its work and its quads' work, and write nothing. */
    public static final String AUTHORITY_VIEWER = "authority-viewer";

    /**
     * A partner (CLD, ASN, health, social work, a college ...) invited to named sessions of a quad until an expiry
     * date: reads only those sessions, their agenda and what the inviter shared, and adds their input to them. Their
     * token's verified {@code email} ties them to their invitations in quad-service; reaches nothing without one.
     */
    public static final String QUAD_GUEST = "quad-guest";

    /** The token claim holding a council user's council, as its GSS code. */
    public static final String AUTHORITY_CLAIM = "authority";

    private Roles() {
    }
}
