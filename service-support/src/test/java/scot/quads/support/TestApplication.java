package scot.quads.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import io.smallrye.common.annotation.Blocking;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

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
}
