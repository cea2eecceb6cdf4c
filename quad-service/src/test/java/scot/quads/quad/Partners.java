package scot.quads.quad;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.testing.Tokens;

/**
 * A quad of four fresh councils in a fresh cycle, for the tests of the quad's work (comments, actions, sessions),
 * with tokens for its members' users.
 */
record Partners(UUID cycleId, UUID versionId, List<String> members, String quadId) {

    static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    /** A quad whose partners see each other's answers once all four have submitted (the default rule). */
    static Partners form() {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, NEXT_MONTH, "all-submitted-or-deadline");
        List<String> members = Feed.councils(4);
        String quadId = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(Map.of("name", "Quad " + UUID.randomUUID(), "members", members))
                .when().post("/cycles/" + cycleId + "/quads")
                .then().statusCode(201)
                .extract().path("id");
        return new Partners(cycleId, versionId, members, quadId);
    }

    /** As {@link #form()}, with every member's answers submitted, so all of them are shown to every member. */
    static Partners revealed(String marker) {
        Partners partners = form();
        int level = 2;
        for (String council : partners.members()) {
            partners.submit(council, level++, marker);
        }
        return partners;
    }

    void submit(String council, int level, String marker) {
        Feed.submit(cycleId, council, versionId, List.of(Feed.graded("1.1.1", level, marker + "-" + council),
                Feed.graded("1.1.2", level, marker + "-" + council), Feed.graded("2.1.1", level, marker)));
    }

    String a() {
        return members.get(0);
    }

    String b() {
        return members.get(1);
    }

    String c() {
        return members.get(2);
    }

    String d() {
        return members.get(3);
    }

    /** An editor of that council whose token carries an email address, as Keycloak's do. */
    static String editorWithEmail(String username, String council) {
        return Jwt.preferredUserName(username)
                .issuer("https://server.example.com")
                .audience("https://server.example.com")
                .subject("sub-" + username)
                .claim("realm_access", Map.of("roles", List.of("authority-editor")))
                .claim("authority", council)
                .claim("email", username + "@example.gov.scot")
                .jws().keyId("1").sign("privateKey.jwk");
    }
}
