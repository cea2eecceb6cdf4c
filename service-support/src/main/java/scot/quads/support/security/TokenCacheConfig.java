package scot.quads.support.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the cache of verified bearer tokens ({@link TokenCache}), checked by {@link TokenCache} as it starts.
 * Deliberately without Bean Validation constraints: one constrained mapping makes Quarkus build a second validator
 * at every start with the metadata of all of its ~300 configuration mappings, 14 % of a service's start (bench/run's
 * profile).
 */
@ConfigMapping(prefix = "quads.security.token-cache")
public interface TokenCacheConfig {

    /** Whether a verified token is remembered at all; {@code false} verifies every request's token afresh. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How many tokens are remembered at most. Each costs about 20 KB of heap (measured with the tests' tokens): the
     * token, its claims, and the finished request that OIDC's identity still refers to through its permission
     * checker.
     */
    @WithDefault("1000")
    int maxEntries();

    /** The longest a token is remembered, however late it expires (Keycloak's tokens live 5 minutes). */
    @WithDefault("5m")
    Duration maxLife();
}
