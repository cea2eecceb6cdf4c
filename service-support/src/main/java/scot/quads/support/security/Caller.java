package scot.quads.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import scot.quads.support.problem.ProblemException;

/**
 * Who is calling: their user name, whether they are ADES, and which council they belong to. The council rule
 * lives here once: a council user reaches only their own council's data; ADES reaches every council's.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Instance<CouncilCodes> codes;

    public Caller(SecurityIdentity identity, JsonWebToken token, Instance<CouncilCodes> codes) {
        this.identity = identity;
        this.token = token;
        this.codes = codes;
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public boolean isAdes() {
        return identity.hasRole(Roles.ADES_ADMIN);
    }

    public boolean isEditor() {
        return identity.hasRole(Roles.AUTHORITY_EDITOR);
    }

    public boolean isAdesOfficer() {
        return identity.hasRole(Roles.ADES_OFFICER);
    }

    public boolean isLinkInspector() {
        return identity.hasRole(Roles.ES_LINK);
    }

    /**
     * An ADES officer or a link inspector: someone from outside the councils who reads (and comments on) the quads
     * ADES assigned them to, and nothing else. ADES itself is not one.
     */
    public boolean isAssignedReader() {
        return !isAdes() && (isAdesOfficer() || isLinkInspector());
    }

    /** An invited partner: reads the sessions their live invitations name (quad-service), and nothing else. */
    public boolean isGuest() {
        return identity.hasRole(Roles.QUAD_GUEST);
    }

    /**
     * The token's {@code email}, lower case, when the identity provider says it verified it ({@code email_verified});
     * what ties a guest to their invitations. Empty otherwise.
     */
    public Optional<String> verifiedEmail() {
        Object verified = token.getClaim("email_verified");
        Object email = token.getClaim("email");
        if (email == null || verified == null || !"true".equalsIgnoreCase(verified.toString().replace("\"", "").trim())) {
            return Optional.empty();
        }
        String address = email.toString().replace("\"", "").trim().toLowerCase(java.util.Locale.ROOT);
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    /** The caller's council (GSS code), for council users. */
    public Optional<String> council() {
        Object claim = token.getClaim(Roles.AUTHORITY_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", "").trim());
    }

    /** Whether the caller is a user of that council, named by its current GSS code or an older one. */
    public boolean belongsTo(String councilCode) {
        Optional<String> own = council();
        if (own.isEmpty() || councilCode == null) {
            return false;
        }
        if (own.get().equalsIgnoreCase(councilCode.trim())) {
            return true;
        }
        if (!codes.isResolvable()) {
            return false;
        }
        CouncilCodes known = codes.get();
        String current = known.current(councilCode.trim());
        return current != null && known.current(own.get()).equalsIgnoreCase(current);
    }

    /** ADES, or a user of that council; anyone else gets 403. */
    public void requireAccessTo(String councilCode) {
        if (!isAdes() && !belongsTo(councilCode)) {
            throw ProblemException.forbidden("You can only see your own council's information");
        }
    }

    /** An editor of that very council; ADES does not write a council's self-evaluation. */
    public void requireEditorOf(String councilCode) {
        if (!isEditor() || !belongsTo(councilCode)) {
            throw ProblemException.forbidden("Only an editor from " + councilCode + " can change its self-evaluation");
        }
    }

    /** The caller's own council, or 403 for a user who has none (such as an ADES officer). */
    public String requireCouncil() {
        return council().orElseThrow(() -> ProblemException.forbidden("Your account is not linked to a council"));
    }
}
