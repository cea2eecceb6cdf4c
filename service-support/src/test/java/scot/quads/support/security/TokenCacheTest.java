package scot.quads.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The rules of the verified-token cache, on a clock the tests move by hand. */
class TokenCacheTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LIFE_CAP = Duration.ofMinutes(5);

    private final FakeClock clock = new FakeClock(T0);
    private final TokenCache cache = new TokenCache(3, LIFE_CAP, clock);

    @Test
    void aCacheOfNoTokensIsRefusedAtStartNamingTheSetting() {
        assertThatThrownBy(() -> new TokenCache(0, LIFE_CAP, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quads.security.token-cache.max-entries must be at least 1, not 0");
    }

    @Test
    void aVerifiedTokenIsServedAgainAsTheSameIdentity() {
        SecurityIdentity verified = verified("token-a", T0.plusSeconds(300), request("first"));
        assertThat(cache.store("token-a", verified)).isTrue();

        SecurityIdentity served = cache.hit("token-a", request("second"));

        assertThat(served).isNotNull();
        assertThat(served.getPrincipal()).isSameAs(verified.getPrincipal());
        assertThat(served.getRoles()).containsExactly(Roles.AUTHORITY_EDITOR);
        assertThat(served.getCredentials()).isEqualTo(verified.getCredentials());
        assertThat(served.isAnonymous()).isFalse();
        assertThat(served.checkPermission(new StringPermission("answers", "write")).await().indefinitely()).isTrue();
        assertThat(served.checkPermission(new StringPermission("answers", "delete")).await().indefinitely()).isFalse();
        assertThat((Object) served.getAttribute(TokenCache.FROM_CACHE)).isEqualTo(true);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isZero();
    }

    @Test
    void aTokenNeverStoredIsAMiss() {
        cache.store("token-a", verified("token-a", T0.plusSeconds(300), request("first")));

        assertThat(cache.hit("token-b", request("second"))).isNull();
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isZero();
    }

    @Test
    void aTokenIsNotServedAtItsExpiry() {
        Instant exp = T0.plusSeconds(60);
        cache.store("token-a", verified("token-a", exp, request("first")));

        clock.now = exp.minusMillis(1);
        assertThat(cache.hit("token-a", request("just before"))).isNotNull();
        clock.now = exp;
        assertThat(cache.hit("token-a", request("at exp"))).isNull();
        assertThat(cache.size()).as("the expired entry is dropped").isZero();
    }

    @Test
    void anEntryLivesNoLongerThanTheCapThoughItsTokenLivesOn() {
        cache.store("token-a", verified("token-a", T0.plus(Duration.ofHours(8)), request("first")));

        clock.now = T0.plus(LIFE_CAP).minusMillis(1);
        assertThat(cache.hit("token-a", request("before the cap"))).isNotNull();
        clock.now = T0.plus(LIFE_CAP);
        assertThat(cache.hit("token-a", request("at the cap"))).isNull();
    }

    @Test
    void expiredTokensAreForgottenWithoutWaitingForTheNextStore() {
        cache.store("token-a", verified("token-a", T0.plusSeconds(60), request("a")));
        cache.store("token-b", verified("token-b", T0.plusSeconds(240), request("b")));

        clock.now = T0.plusSeconds(60);
        assertThat(cache.dropExpired()).isEqualTo(1);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.hit("token-b", request("later"))).isNotNull();
    }

    @Test
    void aFullCacheDropsExpiredEntriesBeforeTheOldest() {
        cache.store("oldest", verified("oldest", T0.plusSeconds(300), request("1")));
        clock.now = T0.plusSeconds(1);
        cache.store("expiring", verified("expiring", T0.plusSeconds(10), request("2")));
        cache.store("newest", verified("newest", T0.plusSeconds(300), request("3")));
        clock.now = T0.plusSeconds(10);

        cache.store("fourth", verified("fourth", T0.plusSeconds(300), request("4")));

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.hit("oldest", request("5"))).isNotNull();
        assertThat(cache.hit("newest", request("6"))).isNotNull();
        assertThat(cache.hit("fourth", request("7"))).isNotNull();
    }

    @Test
    void aFullCacheWithNothingExpiredDropsTheOldest() {
        cache.store("first", verified("first", T0.plusSeconds(300), request("1")));
        cache.store("second", verified("second", T0.plusSeconds(300), request("2")));
        cache.store("third", verified("third", T0.plusSeconds(300), request("3")));
        cache.hit("first", request("4"));

        cache.store("fourth", verified("fourth", T0.plusSeconds(300), request("5")));

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.hit("first", request("6"))).as("oldest stored, though just used").isNull();
        assertThat(cache.hit("second", request("7"))).isNotNull();
        assertThat(cache.hit("third", request("8"))).isNotNull();
        assertThat(cache.hit("fourth", request("9"))).isNotNull();
    }

    @Test
    void storingATokenAgainDoesNotEvictAnother() {
        cache.store("first", verified("first", T0.plusSeconds(300), request("1")));
        cache.store("second", verified("second", T0.plusSeconds(300), request("2")));
        cache.store("third", verified("third", T0.plusSeconds(300), request("3")));

        cache.store("second", verified("second", T0.plusSeconds(300), request("4")));

        assertThat(cache.hit("first", request("5"))).isNotNull();
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void aHitCarriesTheRoutingContextOfTheRequestBeingServed() {
        RoutingContext first = request("first");
        cache.store("token-a", verified("token-a", T0.plusSeconds(300), first));
        RoutingContext second = request("second");
        RoutingContext third = request("third");

        SecurityIdentity forSecond = cache.hit("token-a", second);
        SecurityIdentity forThird = cache.hit("token-a", third);

        assertThat((Object) forSecond.getAttribute(RoutingContext.class.getName())).isSameAs(second);
        assertThat((Object) forSecond.getAttribute("quarkus.http.routing.context")).isSameAs(second);
        assertThat((Object) forThird.getAttribute(RoutingContext.class.getName())).isSameAs(third);
        assertThat(forSecond.getAttributes().values()).doesNotContain(first);
        assertThat((Object) forSecond.getAttribute("tenant-id")).isEqualTo("Default");
    }

    @Test
    void anIdentityServedFromTheCacheIsNotStoredAgain() {
        cache.store("token-a", verified("token-a", T0.plus(Duration.ofHours(1)), request("first")));
        clock.now = T0.plus(Duration.ofMinutes(4));
        SecurityIdentity served = cache.hit("token-a", request("second"));

        assertThat(cache.store("token-a", served)).isFalse();
        clock.now = T0.plus(LIFE_CAP);
        assertThat(cache.hit("token-a", request("third"))).as("its life was not extended").isNull();
    }

    @Test
    void onlyAVerifiedJwtOfThatVeryTokenStillValidIsKept() {
        Instant exp = T0.plusSeconds(300);
        Map<String, SecurityIdentity> refused = Map.of(
                "anonymous", QuarkusSecurityIdentity.builder().setAnonymous(true)
                        .setPrincipal(jwt("anonymous", exp, Map.of())).build(),
                "not-a-jwt", QuarkusSecurityIdentity.builder().setPrincipal(new Principal() {
                    @Override
                    public String getName() {
                        return "someone";
                    }
                }).build(),
                "no-exp", identity(jwt("no-exp", null, Map.of()), request("1")),
                "another-token", identity(jwt("a-different-token", exp, Map.of()), request("2")),
                "bound", identity(jwt("bound", exp, Map.of("cnf", Map.of("x5t#S256", "abc"))), request("3")),
                "expired", identity(jwt("expired", T0, Map.of()), request("4")));

        refused.forEach((token, identity) -> assertThat(cache.store(token, identity)).as(token).isFalse());
        refused.keySet().forEach(token -> assertThat(cache.hit(token, request("5"))).as(token).isNull());
        assertThat(cache.store("bearer", null)).isFalse();
    }

    static SecurityIdentity verified(String token, Instant exp, RoutingContext context) {
        return identity(jwt(token, exp, Map.of()), context);
    }

    /** Shaped like the identity Quarkus OIDC makes of a bearer token. */
    static SecurityIdentity identity(JsonWebToken principal, RoutingContext context) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(principal)
                .addRole(Roles.AUTHORITY_EDITOR)
                .addCredential(new AccessTokenCredential(principal.getRawToken()))
                .addPermissionAsString("answers:write")
                .addAttribute(RoutingContext.class.getName(), context)
                .addAttribute("quarkus.http.routing.context", context)
                .addAttribute("tenant-id", "Default")
                .build();
    }

    static JsonWebToken jwt(String rawToken, Instant exp, Map<String, Object> extraClaims) {
        Map<String, Object> claims = new HashMap<>(extraClaims);
        claims.put("raw_token", rawToken);
        claims.put("preferred_username", "editor");
        if (exp != null) {
            claims.put("exp", exp.getEpochSecond());
        }
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "editor";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    /** A request's routing context, of which only the identity matters here. */
    static RoutingContext request(String name) {
        return (RoutingContext) Proxy.newProxyInstance(TokenCacheTest.class.getClassLoader(),
                new Class<?>[] { RoutingContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "request " + name;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static final class FakeClock implements InstantSource {
        Instant now;

        FakeClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
