package scot.quads.support.security;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer access tokens Quarkus OIDC has already verified, each with the identity OIDC made of it, so that a
 * token is not verified again on every request until it expires. An editor sends the same token with every
 * autosave for the token's whole life, and the services run C1 only, where an RSA signature check is slow: under
 * a deadline rush of 200 editors it was a third of rubric-service's time.
 *
 * <p>What it trades: a remembered token is accepted until it expires (or {@code max-life} passes) even if its
 * signing key is removed from the realm's JWKS in the meantime. Revocation was never checked anyway: tokens are
 * verified locally, not introspected. A token OIDC refused is never remembered, and no token is served at or
 * after its {@code exp}. And memory: about 20 KB a token, most of it the finished request that OIDC's identity
 * still refers to (through its permission checker, which a hit keeps so that it checks permissions as OIDC's
 * identity does); so the cache is bounded.
 *
 * <p>Lookups are lock-free (one {@link ConcurrentHashMap} read); a store, which follows a full verification,
 * takes a lock to keep the bound: when full it drops the expired entries first, then the oldest.
 */
@Singleton
@Startup
public class TokenCache {

    /** Attribute of an identity served from the cache, so that it is not stored again. */
    public static final String FROM_CACHE = TokenCache.class.getName() + ".from-cache";

    /** A sender-constrained token (RFC 8705, RFC 9449) must be proven on every request, so it is never kept. */
    private static final String CONFIRMATION_CLAIM = "cnf";

    private record Entry(SecurityIdentity identity, long servableUntilMillis, long order) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxLifeMillis;
    private final InstantSource clock;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final Object storeLock = new Object();
    private long nextOrder;

    @Inject
    public TokenCache(TokenCacheConfig config) {
        this(config.maxEntries(), config.maxLife(), Clock.systemUTC());
    }

    public TokenCache(int maxEntries, Duration maxLife, InstantSource clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("quads.security.token-cache.max-entries must be at least 1, not "
                    + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.maxLifeMillis = maxLife.toMillis();
        this.clock = clock;
    }

    /**
     * The identity OIDC made of this very token, rebuilt for the request now being served (its routing context
     * replaces the one OIDC saw) and marked {@link #FROM_CACHE}; {@code null} if the token is not remembered or
     * is no longer servable.
     */
    public SecurityIdentity hit(String token, RoutingContext current) {
        Entry entry = entries.get(token);
        if (entry != null && clock.millis() >= entry.servableUntilMillis()) {
            entries.remove(token, entry);
            entry = null;
        }
        if (entry == null) {
            misses.increment();
            return null;
        }
        hits.increment();
        return forRequest(entry.identity(), current);
    }

    /**
     * Remembers the identity OIDC made of a token it has just verified; returns whether it did. Kept only: an
     * identity that is not anonymous, not itself from the cache, whose principal is a {@link JsonWebToken} of
     * exactly this token with an expiry still ahead and no confirmation ({@code cnf}) claim.
     */
    public boolean store(String token, SecurityIdentity identity) {
        if (token == null || identity == null || identity.isAnonymous() || identity.getAttribute(FROM_CACHE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return false;
        }
        if (!jwt.containsClaim(Claims.exp.name()) || !token.equals(jwt.getRawToken())
                || jwt.containsClaim(CONFIRMATION_CLAIM)) {
            return false;
        }
        long expiresAtSeconds = jwt.getExpirationTime();
        long now = clock.millis();
        long servableUntil = Math.min(Math.min(expiresAtSeconds, Long.MAX_VALUE / 1000) * 1000, now + maxLifeMillis);
        if (servableUntil <= now) {
            return false;
        }
        synchronized (storeLock) {
            if (!entries.containsKey(token)) {
                makeRoom(now);
            }
            entries.put(token, new Entry(identity, servableUntil, nextOrder++));
        }
        return true;
    }

    /**
     * Every minute, forgets the tokens that can no longer be served, so that after a rush their identities (and the requests
     * they refer to) do not stay on the heap until the next store; returns how many it forgot.
     */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpired() {
        dropExpired();
    }

    int dropExpired() {
        long now = clock.millis();
        int before = entries.size();
        entries.values().removeIf(entry -> now >= entry.servableUntilMillis());
        return before - entries.size();
    }

    /** Requests answered from the cache since start. */
    public long hits() {
        return hits.sum();
    }

    /** Bearer access-token requests the cache could not answer (unknown or expired), left to OIDC. */
    public long misses() {
        return misses.sum();
    }

    public int size() {
        return entries.size();
    }

    private void makeRoom(long now) {
        if (entries.size() < maxEntries) {
            return;
        }
        entries.values().removeIf(entry -> now >= entry.servableUntilMillis());
        while (entries.size() >= maxEntries) {
            Map.Entry<String, Entry> oldest = null;
            for (Map.Entry<String, Entry> candidate : entries.entrySet()) {
                if (oldest == null || candidate.getValue().order() < oldest.getValue().order()) {
                    oldest = candidate;
                }
            }
            if (oldest == null) {
                return;
            }
            entries.remove(oldest.getKey(), oldest.getValue());
        }
    }

    private static SecurityIdentity forRequest(SecurityIdentity cached, RoutingContext current) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(cached);
        // OIDC puts the request's routing context under RoutingContext's class name; replace any other too.
        cached.getAttributes().forEach((name, value) -> {
            if (value instanceof RoutingContext) {
                builder.addAttribute(name, current);
            }
        });
        return builder.addAttribute(RoutingContext.class.getName(), current)
                .addAttribute(FROM_CACHE, Boolean.TRUE)
                .build();
    }
}
