package scot.quads.support.security;

/** The Keycloak realm roles of realm {@code quads}. */
public final class Roles {

    /** ADES officers: run the frameworks, cycles and quads; see everything. */
    public static final String ADES_ADMIN = "ades-admin";
    /** A council's officers who write its self-evaluation. */
    public static final String AUTHORITY_EDITOR = "authority-editor";
    /** A council's officers who read it. */
    public static final String AUTHORITY_VIEWER = "authority-viewer";

    /** The token claim holding a council user's council, as its GSS code. */
    public static final String AUTHORITY_CLAIM = "authority";

    private Roles() {
    }
}
