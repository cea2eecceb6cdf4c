package scot.quads.support.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Stores in the {@link TokenCache} the identity OIDC made of a bearer token that {@link CachedTokenIdentityProvider}
 * could not answer. Quarkus runs the augmentors by descending priority after the provider, on a cache hit as on a
 * fresh verification; this one runs first, so it sees the identity exactly as OIDC made it, and the other
 * augmentors run again on every hit just as they would after a verification. It never changes the identity.
 */
@ApplicationScoped
public class TokenCacheAugmentor implements SecurityIdentityAugmentor {

    private final TokenCache cache;

    public TokenCacheAugmentor(TokenCache cache) {
        this.cache = cache;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (attributes != null && attributes.get(CachedTokenIdentityProvider.TO_STORE) instanceof String token) {
            cache.store(token, identity);
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }
}
