package scot.quads.portal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.RubricApi.Standing;

/**
 * Which cycle a council's pages are about when several exist: the one the user chose ({@code ?cycle=}), else the
 * open cycle that needs the council first (not yet submitted, earliest deadline), else (no cycle open) its newest
 * past one.
 */
public final class Cycles {

    private Cycles() {
    }

    /** A cycle in the chooser, with the council's standing in it where it was looked up. */
    public record Option(Cycle cycle, Standing standing, boolean selected) {

        public String status() {
            return standing == null ? "" : Labels.state(standing.state());
        }
    }

    /** The newest open cycle, else the newest of all (for pages that do not know the council). */
    static Optional<Cycle> current(List<Cycle> newestFirst) {
        return newestFirst.stream().filter(Cycle::isOpen).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    /**
     * The cycle to show. {@code standings} holds the council's standing per cycle it has started;
     * a requested cycle that does not exist is empty, so that the caller can say so.
     *
     * <p>With several cycles open, the one that needs the council now: of those it has not submitted, the one due
     * first (started before not started, then newest, when deadlines are equal); if it has submitted them all, the
     * open one due first.
     */
    static Optional<Cycle> choose(List<Cycle> newestFirst, UUID requested, Map<UUID, Standing> standings) {
        if (requested != null) {
            return newestFirst.stream().filter(c -> c.id().equals(requested)).findFirst();
        }
        Comparator<Cycle> dueFirst = Comparator.comparing(Cycle::submissionDeadline,
                Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> started(standings.get(c.id())) ? 0 : 1);
        List<Cycle> open = newestFirst.stream().filter(Cycle::isOpen).toList();
        return open.stream().filter(c -> !submitted(standings.get(c.id()))).min(dueFirst)
                .or(() -> open.stream().min(dueFirst))
                .or(() -> newestFirst.stream().filter(c -> started(standings.get(c.id()))).findFirst())
                .or(() -> newestFirst.stream().findFirst());
    }

    /** The cycles to offer in the chooser: every one, newest first (there is one a school year). */
    static List<Option> options(List<Cycle> newestFirst, Cycle chosen, Map<UUID, Standing> standings) {
        return newestFirst.stream()
                .map(c -> new Option(c, standings.get(c.id()), c.id().equals(chosen.id()))).toList();
    }

    /**
     * The cycles before this one, newest first: where answers may be carried forward from. Only a cycle that
     * opened before this one and is no longer open: a self-evaluation in an open cycle can still be recalled or
     * returned, so it is not yet a settled answer to build on.
     */
    static List<Cycle> earlier(List<Cycle> newestFirst, Cycle into) {
        return newestFirst.stream()
                .filter(c -> !c.id().equals(into.id()))
                .filter(c -> !c.isOpen())
                .filter(c -> c.opensOn() != null && into.opensOn() != null && c.opensOn().isBefore(into.opensOn()))
                .toList();
    }

    private static boolean started(Standing standing) {
        return standing != null && standing.started();
    }

    private static boolean submitted(Standing standing) {
        return standing != null && standing.isSubmitted();
    }
}
