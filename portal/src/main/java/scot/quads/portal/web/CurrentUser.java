package scot.quads.portal.web;

import io.quarkus.security.identity.SecurityIdentity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in, as the pages need it: their name, their council (the {@code authority} claim) and what their
 * roles let them do. Templates reach it as {@code inject:currentUser}.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    static final String ADES = "ades-admin";
    static final String EDITOR = "authority-editor";
    static final String VIEWER = "authority-viewer";
    static final String OFFICER = "ades-officer";
    static final String LINK = "es-link";

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** In the code flow the principal is the ID token; a claim it lacks reads as null. */
    private String claim(String name) {
        Object value = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(name) : null;
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return value == null ? null : value.toString();
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        if (identity.isAnonymous()) {
            return "";
        }
        String name = claim("name");
        return name == null || name.isBlank() ? getUsername() : name;
    }

    public String getUsername() {
        String username = identity.isAnonymous() ? null : claim("preferred_username");
        return username == null ? identity.getPrincipal().getName() : username;
    }

    /** The GSS code of the user's council; null for ADES and for a user without one. */
    public String getCouncil() {
        if (identity.isAnonymous()) {
            return null;
        }
        String authority = claim("authority");
        return authority == null || authority.isBlank() ? null : authority;
    }

    public boolean isAdes() {
        return identity.hasRole(ADES);
    }

    public boolean isEditor() {
        return identity.hasRole(EDITOR) && getCouncil() != null;
    }

    /**
     * An ADES officer or an Education Scotland link inspector (not ADES itself): reads and comments in the quads ADES
     * assigned them to.
     */
    public boolean isAssignedReader() {
        return !isAdes() && (identity.hasRole(OFFICER) || identity.hasRole(LINK));
    }

    /** An ADES officer (not ADES itself), who may agree a findings report for ADES in the quads assigned to them. */
    public boolean isAdesOfficer() {
        return !isAdes() && identity.hasRole(OFFICER);
    }

    /** Who they are, in words, for the pages of assigned readers. */
    public String getAssignedRoleName() {
        return identity.hasRole(OFFICER) ? "ADES officer" : "Education Scotland link inspector";
    }

    /** May post comments and challenges on partners' answers: editors, ADES and the assigned readers. */
    public boolean canComment() {
        return isAdes() || isEditor() || isAssignedReader();
    }

    /** A partner invited to named sessions of a quad (role quad-guest), and nothing else. */
    public boolean isGuest() {
        return identity.hasRole("quad-guest") && !isAdes() && !isAssignedReader() && getCouncil() == null;
    }

    public boolean isCouncilUser() {
        return (identity.hasRole(EDITOR) || identity.hasRole(VIEWER)) && getCouncil() != null;
    }
}
