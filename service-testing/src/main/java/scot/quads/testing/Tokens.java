package scot.quads.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens shaped like the ones Keycloak issues for realm {@code quads} (realm roles under
 * {@code realm_access.roles}, the {@code authority} claim), signed with the key the Quarkus OIDC test server
 * publishes, so services check them exactly as in production.
 */
public final class Tokens {

    public static final String GLASGOW = "S12000049";
    public static final String EDINBURGH = "S12000036";
    public static final String DUNDEE = "S12000042";
    public static final String ABERDEEN = "S12000033";
    public static final String FIFE = "S12000047";

    private static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String ades() {
        return token("ades", List.of("ades-admin"), null);
    }

    public static String editor(String council) {
        return token("editor-" + council.toLowerCase(), List.of("authority-editor"), council);
    }

    public static String editor(String username, String council) {
        return token(username, List.of("authority-editor"), council);
    }

    public static String viewer(String council) {
        return token("viewer-" + council.toLowerCase(), List.of("authority-viewer"), council);
    }

    /** An ADES officer (role {@code ades-officer}, no council), who reaches the quads ADES assigned them to. */
    public static String adesOfficer(String username) {
        return token(username, List.of("ades-officer"), null);
    }

    /** An Education Scotland link inspector (role {@code es-link}, no council). */
    public static String linkInspector(String username) {
        return token(username, List.of("es-link"), null);
    }

    /** An invited partner (role {@code quad-guest}) signed in with this verified email, which is also their name. */
    public static String guest(String email) {
        return claims(email, List.of("quad-guest"), null).claim("email", email).claim("email_verified", true)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** A signed-in user with no Quads role at all. */
    public static String nobody() {
        return token("nobody", List.of(), null);
    }

    /** A token signed by a key no one trusts. */
    public static String forged() {
        String real = ades();
        int lastDot = real.lastIndexOf('.');
        return real.substring(0, lastDot + 1) + "c2lnbmF0dXJlLW9mLWFuLWltcG9zdG9y";
    }

    public static String token(String username, List<String> roles, String council) {
        return claims(username, roles, council).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token like {@link #token} that expires at that instant rather than in five minutes. */
    public static String expiringAt(Instant expiry, String username, List<String> roles, String council) {
        return claims(username, roles, council).expiresAt(expiry).jws().keyId("1").sign("privateKey.jwk");
    }

    private static JwtClaimsBuilder claims(String username, List<String> roles, String council) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(username)
                .issuer(ISSUER)
                .audience(ISSUER)
                .subject("sub-" + username)
                .claim("realm_access", Map.of("roles", roles));
        if (council != null) {
            claims.claim("authority", council);
        }
        return claims;
    }
}
