package scot.quads.support.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers a bearer access token that OIDC has already verified from the {@link TokenCache}. It runs before OIDC's
 * provider (Quarkus asks the providers of a request type by descending priority, and OIDC's has the default,
 * 1001); on a miss it answers nothing, so that OIDC verifies the token, and marks the request for
 * {@link TokenCacheAugmentor} to store what OIDC makes of it. Only {@link AccessTokenCredential}s: never the ID
 * token of a code flow sign-in.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Request attribute: the token this provider could not answer, to be stored once OIDC has verified it. */
    static final String TO_STORE = CachedTokenIdentityProvider.class.getName() + ".to-store";

    private final TokenCache cache;
    private final boolean enabled;

    @Inject
    public CachedTokenIdentityProvider(TokenCache cache, TokenCacheConfig config) {
        this(cache, config.enabled());
    }

    CachedTokenIdentityProvider(TokenCache cache, boolean enabled) {
        this.cache = cache;
        this.enabled = enabled;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!enabled || current == null || !(request.getToken() instanceof AccessTokenCredential credential)) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity cached = cache.hit(credential.getToken(), current);
        if (cached == null) {
            request.setAttribute(TO_STORE, credential.getToken());
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(cached);
    }
}
