package scot.quads.support.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** Settings of the cache of verified bearer tokens ({@link TokenCache}). */
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
    @Min(1)
    int maxEntries();

    /** The longest a token is remembered, however late it expires (Keycloak's tokens live 5 minutes). */
    @WithDefault("5m")
    Duration maxLife();
}
