package scot.quads.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.RubricApi.Evaluation;

/**
 * Which cycle a council's pages are about when several exist: the one the user chose ({@code ?cycle=}), else the
 * newest open cycle the council has started, else the newest open one, else (no cycle open) its newest past one.
 */
public final class Cycles {

    private Cycles() {
    }

    /** A cycle in the chooser, with the council's standing in it where it was looked up. */
    public record Option(Cycle cycle, Evaluation evaluation, boolean selected) {

        public String status() {
            return evaluation == null ? "" : Labels.state(evaluation.state());
        }
    }

    /** The newest open cycle, else the newest of all (for pages that do not know the council). */
    static Optional<Cycle> current(List<Cycle> newestFirst) {
        return newestFirst.stream().filter(Cycle::isOpen).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    /**
     * The cycle to show. {@code evaluations} holds the council's evaluation per cycle where it could be read;
     * a requested cycle that does not exist is empty, so that the caller can say so.
     */
    static Optional<Cycle> choose(List<Cycle> newestFirst, UUID requested, Map<UUID, Evaluation> evaluations) {
        if (requested != null) {
            return newestFirst.stream().filter(c -> c.id().equals(requested)).findFirst();
        }
        return newestFirst.stream().filter(Cycle::isOpen).filter(c -> started(evaluations.get(c.id()))).findFirst()
                .or(() -> newestFirst.stream().filter(Cycle::isOpen).findFirst())
                .or(() -> newestFirst.stream().filter(c -> started(evaluations.get(c.id()))).findFirst())
                .or(() -> newestFirst.stream().findFirst());
    }

    /** The cycles to offer in the chooser: every one, newest first (there is one a school year). */
    static List<Option> options(List<Cycle> newestFirst, Cycle chosen, Map<UUID, Evaluation> evaluations) {
        return newestFirst.stream()
                .map(c -> new Option(c, evaluations.get(c.id()), c.id().equals(chosen.id()))).toList();
    }

    /** The cycles before this one, newest first: where answers may be carried forward from. */
    static List<Cycle> earlier(List<Cycle> newestFirst, Cycle into) {
        return newestFirst.stream()
                .filter(c -> !c.id().equals(into.id()))
                .filter(c -> c.opensOn() == null || into.opensOn() == null || !c.opensOn().isAfter(into.opensOn()))
                .toList();
    }

    private static boolean started(Evaluation evaluation) {
        return evaluation != null && evaluation.started();
    }
}
