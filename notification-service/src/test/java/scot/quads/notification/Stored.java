package scot.quads.notification;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import scot.quads.notification.repository.ProjectionRepository;
import scot.quads.support.jdbc.Database;

/** What the service has stored, as the tests look at it: each call in a transaction of its own. */
public final class Stored {

    private Stored() {
    }

    /** Runs one statement (say, to remove a processed-event record) and commits it. */
    public static void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> bean(Database.class).update(sql, parameters));
    }

    public static boolean councilKnown(String code) {
        return !projections(p -> p.councilNames(List.of(code))).isEmpty();
    }

    public static Map<String, String> councilNames(Collection<String> codes) {
        return projections(p -> p.councilNames(codes));
    }

    public static int contactCount(String code) {
        return projections(p -> p.contactsOf(code)).size();
    }

    public static boolean cycleKnown(UUID cycle) {
        return projections(p -> p.cycle(cycle)).isPresent();
    }

    public static List<String> quadOf(UUID cycle, String code) {
        return projections(p -> p.quadOf(cycle, code));
    }

    public static List<String> quadMembers(UUID quad) {
        return projections(p -> p.quadMembers(quad));
    }

    /** Who the live assignments reaching the quad name. */
    public static List<String> assignedTo(UUID quad) {
        return QuarkusTransaction.requiringNew().call(() -> bean(
                scot.quads.notification.repository.Assignments.class).reaching(quad));
    }

    /** One person's mails, oldest first. */
    public static List<Delivery> deliveriesTo(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.to(recipient));
    }

    private static <T> T projections(Function<ProjectionRepository, T> read) {
        return QuarkusTransaction.requiringNew().call(() -> read.apply(bean(ProjectionRepository.class)));
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
