package scot.quads.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.quads.support.security.TokenCacheTest.request;
import static scot.quads.support.security.TokenCacheTest.verified;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the provider and the augmentor use the cache for the requests Quarkus hands them. */
class CachedTokenIdentityProviderTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final TokenCacheTest.FakeClock clock = new TokenCacheTest.FakeClock(T0);
    private final TokenCache cache = new TokenCache(10, Duration.ofMinutes(5), clock);
    private final CachedTokenIdentityProvider provider = new CachedTokenIdentityProvider(cache, true);
    private final TokenCacheAugmentor augmentor = new TokenCacheAugmentor(cache);

    @Test
    void anUnknownBearerTokenIsLeftToOidcAndStoredOnceOidcHasVerifiedIt() {
        TokenAuthenticationRequest first = bearer("token-a", request("first"));
        assertThat(authenticate(first)).as("left to the next provider").isNull();

        SecurityIdentity fromOidc = verified("token-a", T0.plusSeconds(300), request("first"));
        assertThat(augmentor.augment(fromOidc, null, first.getAttributes()).await().indefinitely())
                .as("the augmentor changes nothing").isSameAs(fromOidc);

        RoutingContext secondContext = request("second");
        SecurityIdentity second = authenticate(bearer("token-a", secondContext));
        assertThat(second).isNotNull();
        assertThat(second.getPrincipal()).isSameAs(fromOidc.getPrincipal());
        assertThat((Object) second.getAttribute(RoutingContext.class.getName())).isSameAs(secondContext);
    }

    @Test
    void anIdentityFromTheCacheGoingThroughTheAugmentorIsNotStoredAgain() {
        cache.store("token-a", verified("token-a", T0.plus(Duration.ofHours(1)), request("first")));
        clock.now = T0.plus(Duration.ofMinutes(4));
        TokenAuthenticationRequest second = bearer("token-a", request("second"));
        SecurityIdentity served = authenticate(second);

        augmentor.augment(served, null, second.getAttributes()).await().indefinitely();

        clock.now = T0.plus(Duration.ofMinutes(5));
        assertThat(authenticate(bearer("token-a", request("third")))).as("its life was not extended").isNull();
    }

    @Test
    void theIdTokenOfACodeFlowSignInIsNeverAnsweredNorStored() {
        cache.store("token-a", verified("token-a", T0.plusSeconds(300), request("first")));
        TokenAuthenticationRequest idToken = tokenRequest(new IdTokenCredential("token-a"), request("second"));

        assertThat(authenticate(idToken)).isNull();
        assertThat(idToken.getAttributes()).doesNotContainKey(CachedTokenIdentityProvider.TO_STORE);
        assertThat(cache.hits() + cache.misses()).isZero();
    }

    @Test
    void aRequestWithoutARoutingContextIsLeftToOidc() {
        cache.store("token-a", verified("token-a", T0.plusSeconds(300), request("first")));

        assertThat(authenticate(new TokenAuthenticationRequest(new AccessTokenCredential("token-a")))).isNull();
    }

    @Test
    void aDisabledCacheAnswersNothingAndStoresNothing() {
        CachedTokenIdentityProvider disabled = new CachedTokenIdentityProvider(cache, false);
        cache.store("token-a", verified("token-a", T0.plusSeconds(300), request("first")));
        TokenAuthenticationRequest known = bearer("token-a", request("second"));
        TokenAuthenticationRequest unknown = bearer("token-b", request("third"));

        assertThat(disabled.authenticate(known, null).await().indefinitely()).isNull();
        assertThat(disabled.authenticate(unknown, null).await().indefinitely()).isNull();
        assertThat(unknown.getAttributes()).doesNotContainKey(CachedTokenIdentityProvider.TO_STORE);
    }

    private SecurityIdentity authenticate(TokenAuthenticationRequest request) {
        return provider.authenticate(request, null).await().indefinitely();
    }

    private static TokenAuthenticationRequest bearer(String token, RoutingContext context) {
        return tokenRequest(new AccessTokenCredential(token), context);
    }

    private static TokenAuthenticationRequest tokenRequest(TokenCredential credential, RoutingContext context) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(credential);
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return request;
    }
}
