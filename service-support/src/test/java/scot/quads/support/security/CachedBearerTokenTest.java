package scot.quads.support.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.support.TestApplication.WhoAmI;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * Through real verification by Quarkus OIDC against the OIDC test server's keys: a token is verified once and then
 * answered from the cache, which never accepts what OIDC would refuse.
 */
@QuarkusTest
@QuadsTestStack
class CachedBearerTokenTest {

    private static final String WHO_AM_I = "/test/whoami";

    @Inject
    TokenCache cache;

    @Test
    void theSameTokenTwiceIsAcceptedAsTheSameCallerTheSecondTimeFromTheCache() {
        String token = Tokens.editor("cached-editor", Tokens.GLASGOW);
        long hits = cache.hits();
        long misses = cache.misses();

        WhoAmI first = whoAmI(token);
        WhoAmI second = whoAmI(token);

        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(cache.hits() - hits).isEqualTo(1);
        assertThat(cache.misses() - misses).isEqualTo(1);
        for (WhoAmI caller : List.of(first, second)) {
            assertThat(caller.username()).isEqualTo("cached-editor");
            assertThat(caller.roles()).containsExactly(Roles.AUTHORITY_EDITOR);
            assertThat(caller.council()).isEqualTo(Tokens.GLASGOW);
            assertThat(caller.routingContextOfThisRequest()).isTrue();
        }
    }

    @Test
    void aForgedTokenIsRefusedRightAfterTheRealOneWasCached() {
        String real = Tokens.editor("forged-editor", Tokens.DUNDEE);
        whoAmI(real);
        assertThat(whoAmI(real).fromCache()).isTrue();
        String[] parts = real.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + ".c2lnbmF0dXJlLW9mLWFuLWltcG9zdG9y";
        String otherCouncil = parts[0] + "." + base64(decode(parts[1]).replace(Tokens.DUNDEE, Tokens.FIFE)) + "."
                + parts[2];
        long hits = cache.hits();

        for (String forged : List.of(otherSignature, otherCouncil, otherSignature, otherCouncil)) {
            given().auth().oauth2(forged)
                    .when().get(WHO_AM_I)
                    .then().statusCode(401);
        }

        assertThat(cache.hits()).as("no forged token was answered from the cache").isEqualTo(hits);
        assertThat(whoAmI(real).council()).isEqualTo(Tokens.DUNDEE);
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 5);
        String token = Tokens.expiringAt(expiry, "expiring-editor", List.of(Roles.AUTHORITY_EDITOR), Tokens.FIFE);
        whoAmI(token);
        assertThat(whoAmI(token).fromCache()).isTrue();

        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 100);

        long hits = cache.hits();
        given().auth().oauth2(token)
                .when().get(WHO_AM_I)
                .then().statusCode(401);
        assertThat(cache.hits()).isEqualTo(hits);
    }

    private static WhoAmI whoAmI(String token) {
        return given().auth().oauth2(token)
                .when().get(WHO_AM_I)
                .then().statusCode(200)
                .extract().as(WhoAmI.class);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
