package scot.quads.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import scot.quads.support.inbox.ServiceStoppingException;
import scot.quads.support.jdbc.ConcurrentChangeException;
import scot.quads.support.jdbc.Database;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;
import scot.quads.support.security.TokenCache;

/** A tiny service inside the tests, using the support module the way real services do. */
public class TestApplication {

    /** A versioned aggregate mapped with Panache, as the services map theirs. */
    @Entity
    @Table(name = "test_note")
    public static class Note extends PanacheEntityBase {
        @Id
        public UUID id;
        public String title;
        public String body;
        @Version
        public int version;
    }

    public record NoteForm(@NotBlank String title, @NotBlank String body) {
    }

    @Path("/test/notes")
    public static class NoteResource {
        private final Database database;
        private final Effects effects;

        public NoteResource(Database database, Effects effects) {
            this.database = database;
            this.effects = effects;
        }

        /** Adds a note; a title already taken (even at the same moment) is the unique key's 409. */
        @POST
        @RolesAllowed(Roles.ADES_ADMIN)
        @Transactional
        public String add(@Valid @NotNull NoteForm form) {
            Note note = new Note();
            note.id = UUID.randomUUID();
            note.title = form.title();
            note.body = form.body();
            note.persist();
            return note.id.toString();
        }

        /**
         * Changes a note's body after someone else changed the same note (simulated by a plain statement between the
         * read and the flush), and records an effect first: the caller gets 409 and nothing of it is written.
         */
        @POST
        @Path("/{id}/edit-after-someone-else")
        @RolesAllowed(Roles.ADES_ADMIN)
        @Transactional
        public String editAfterSomeoneElse(@PathParam("id") UUID id, @QueryParam("body") String body) {
            Note note = Note.findById(id);
            effects.add(note.title, "written before the conflict");
            database.update("UPDATE test_note SET version = version + 1 WHERE id = ?", id);
            note.body = body;
            return "unreachable";
        }

        /** How many notes plain SQL sees titled so, in the same transaction as a note persisted just before. */
        @POST
        @Path("/seen-by-sql")
        @RolesAllowed(Roles.ADES_ADMIN)
        @Transactional
        public long seenBySql(@Valid @NotNull NoteForm form) {
            add(form);
            return database.count("SELECT count(*) AS notes FROM test_note WHERE title = ?", "notes", form.title());
        }

        @GET
        @Path("/{id}")
        @RolesAllowed(Roles.ADES_ADMIN)
        public NoteForm read(@PathParam("id") UUID id) {
            Note note = Note.findById(id);
            return new NoteForm(note.title, note.body);
        }
    }

    /** The effects the council consumer has had, as rows of {@code test_effect}. */
    @ApplicationScoped
    public static class Effects {
        private final Database database;

        public Effects(Database database) {
            this.database = database;
        }

        public void add(String council, String name) {
            database.update("INSERT INTO test_effect (council, name) VALUES (?, ?)", council, name);
        }

        /** The names recorded for a council, oldest first. */
        public List<String> names(String council) {
            return database.list("SELECT name FROM test_effect WHERE council = ? ORDER BY id",
                    row -> row.getString("name"), council);
        }
    }

    /**
     * Faults the council consumer meets for chosen councils: the database out of reach a number of times, or a bug
     * that refuses the council's events until it is fixed.
     */
    @ApplicationScoped
    public static class Faults {
        private final java.util.Map<String, Integer> outages = new java.util.concurrent.ConcurrentHashMap<>();
        private final Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

        public void databaseDown(String council, int times) {
            outages.put(council, times);
        }

        public void refuse(String council) {
            refused.add(council);
        }

        public void fix(String council) {
            refused.remove(council);
        }

        void meet(String council) {
            Integer left = outages.computeIfPresent(council, (key, before) -> before - 1);
            if (left != null && left >= 0) {
                throw new IllegalStateException("Unable to acquire JDBC Connection",
                        new java.sql.SQLException("Connection to 127.0.0.1:15432 refused", "08001"));
            }
            if (refused.contains(council)) {
                throw new IllegalStateException("A bug refuses council " + council);
            }
        }
    }

    /** Records one row per council event it applies. */
    @ApplicationScoped
    public static class CouncilConsumer {
        private final EventInbox inbox;
        private final EventRouter router;

        public CouncilConsumer(EventInbox inbox, Effects effects, Faults faults) {
            this.inbox = inbox;
            this.router = EventRouter.builder()
                    .on(Events.COUNCIL_UPDATED, (event, council) -> {
                        faults.meet(council.gssCode());
                        effects.add(council.gssCode(), council.name());
                    })
                    .build();
        }

        @Incoming("test-events")
        @Blocking
        public void consume(String value) {
            inbox.receive(value, router);
        }
    }

    /**
     * A consumer as it behaves while its instance stops: a record whose value starts with {@code stop:} is refused
     * with {@link ServiceStoppingException}, as {@link EventInbox} refuses events then; any other is taken.
     */
    @ApplicationScoped
    public static class StoppingConsumer {
        private final java.util.Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();

        @Incoming("stopping-events")
        @Blocking
        public void consume(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
            seen.merge(record.value(), 1, Integer::sum);
            if (record.value().startsWith("stop:")) {
                throw new ServiceStoppingException("Record " + record.value() + " cut short: the instance is stopping",
                        null);
            }
        }

        /** How many times a record with this value was handed to it. */
        public int seen(String value) {
            return seen.getOrDefault(value, 0);
        }
    }

    public record Level(@NotNull @Min(1) @Max(6) Integer value, @NotBlank @Size(max = 20) String label) {
    }

    public record Form(@NotBlank String name, @NotNull @Valid List<Level> levels, List<@NotBlank String> tags) {
    }

    @Path("/test/forms")
    public static class FormResource {
        private final Caller caller;
        private final Effects effects;

        public FormResource(Caller caller, Effects effects) {
            this.caller = caller;
            this.effects = effects;
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
                @QueryParam("page") int page, @QueryParam("since") LocalDate since,
                @QueryParam("mine") boolean mine) {
            return cycleId + " " + limit + " " + page + " " + since + (mine ? " mine" : "");
        }

        /**
         * Records an effect, then finds the row it meant to update changed meanwhile, as a repository's versioned
         * write does: the caller gets 409 and the effect is rolled back with the rest of the transaction.
         */
        @POST
        @Path("/stale")
        @RolesAllowed(Roles.ADES_ADMIN)
        @Transactional
        public String stale(@QueryParam("council") String council) {
            effects.add(council, "written before the conflict");
            throw new ConcurrentChangeException("Test row " + council + " was changed meanwhile");
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
