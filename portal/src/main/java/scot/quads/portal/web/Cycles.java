package scot.quads.portal.web;

import java.util.List;
import java.util.Optional;

import scot.quads.portal.client.RubricApi.Cycle;

/** Which cycle a dashboard is about: the newest open one, else the newest of all. */
final class Cycles {

    private Cycles() {
    }

    static Optional<Cycle> current(List<Cycle> newestFirst) {
        return newestFirst.stream().filter(Cycle::isOpen).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }
}
