package scot.quads.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;
import scot.quads.support.security.TokenCache;

/** A tiny service inside the tests, using the support module the way real services do. */
public class TestApplication {

    @Entity
    @Table(name = "test_effect")
    public static class Effect extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
        public String council;
        public String name;
    }

    /** Records one row per council event it applies. */
    @ApplicationScoped
    public static class CouncilConsumer {
        private final EventInbox inbox;
        private final EventRouter router = EventRouter.builder()
                .on(Events.COUNCIL_UPDATED, (event, council) -> {
                    Effect effect = new Effect();
                    effect.council = council.gssCode();
                    effect.name = council.name();
                    effect.persist();
                })
                .build();

        public CouncilConsumer(EventInbox inbox) {
            this.inbox = inbox;
        }

        @Incoming("test-events")
        @Blocking
        public void consume(String value) {
            inbox.receive(value, router);
        }
    }

    public record Level(@NotNull @Min(1) @Max(6) Integer value, @NotBlank @Size(max = 20) String label) {
    }

    public record Form(@NotBlank String name, @NotNull @Valid List<Level> levels, List<@NotBlank String> tags) {
    }

    @Path("/test/forms")
    public static class FormResource {
        private final Caller caller;

        public FormResource(Caller caller) {
            this.caller = caller;
        }

        @POST
        @RolesAllowed(Roles.ADES_ADMIN)
        public Form accept(@Valid @NotNull Form form) {
            return form;
        }

        @GET
        @Path("/search")
        @RolesAllowed(Roles.ADES_ADMIN)
        public String search(@QueryParam("cycleId") UUID cycleId, @QueryParam("limit") Integer limit,
                @QueryParam("page") int page, @QueryParam("since") LocalDate since) {
            return cycleId + " " + limit + " " + page + " " + since;
        }

        @POST
        @Path("/mine")
        @RolesAllowed({ Roles.AUTHORITY_EDITOR, Roles.ADES_ADMIN })
        public String mine() {
            return caller.requireCouncil();
        }
    }

    /**
     * Who the caller is, as the code downstream of authentication sees it; and whether the identity came from the
     * token cache and carries this very request's routing context.
     */
    public record WhoAmI(String username, Set<String> roles, String council, boolean fromCache,
            boolean routingContextOfThisRequest) {
    }

    @Path("/test/whoami")
    public static class WhoAmIResource {
        private final Caller caller;
        private final SecurityIdentity identity;

        public WhoAmIResource(Caller caller, SecurityIdentity identity) {
            this.caller = caller;
            this.identity = identity;
        }

        @GET
        @RolesAllowed({ Roles.AUTHORITY_EDITOR, Roles.ADES_ADMIN })
        public WhoAmI whoAmI(@Context RoutingContext request) {
            RoutingContext seen = identity.getAttribute(RoutingContext.class.getName());
            return new WhoAmI(caller.username(), identity.getRoles(), caller.council().orElse(null),
                    identity.getAttribute(TokenCache.FROM_CACHE) != null,
                    seen != null && seen.request() == request.request());
        }
    }
}
