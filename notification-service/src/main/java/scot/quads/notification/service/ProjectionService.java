package scot.quads.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.notification.Audience;
import scot.quads.notification.Council;
import scot.quads.notification.Cycle;
import scot.quads.notification.QuadMember;

/**
 * Keeps the service's copies of other services' facts. Each event carries the aggregate's whole state and one
 * aggregate's events arrive in order, so the latest event simply replaces what was there.
 */
@ApplicationScoped
public class ProjectionService {

    @Transactional
    public void council(CouncilV1 payload) {
        String code = Audience.normaliseCode(payload.gssCode());
        Council council = Council.findById(code);
        if (council == null) {
            council = new Council();
            council.gssCode = code;
        }
        council.name = payload.name().trim();
        council.persist();
    }

    @Transactional
    public void cycle(CycleV1 payload) {
        Cycle cycle = Cycle.findById(payload.cycleId());
        if (cycle == null) {
            cycle = new Cycle();
            cycle.id = payload.cycleId();
        }
        cycle.name = payload.name() == null || payload.name().isBlank() ? null : payload.name().trim();
        cycle.submissionDeadline = payload.submissionDeadline();
        cycle.persist();
    }

    /** A quad formed again (say with a council swapped) replaces its whole membership. */
    @Transactional
    public void quad(QuadV1 payload) {
        QuadMember.delete("quadId", payload.quadId());
        QuadMember.flush();
        Set<String> codes = new LinkedHashSet<>();
        payload.memberCouncilCodes().forEach(code -> codes.add(Audience.normaliseCode(code)));
        for (String code : codes) {
            QuadMember member = new QuadMember();
            member.quadId = payload.quadId();
            member.cycleId = payload.cycleId();
            member.councilCode = code;
            member.persist();
        }
    }
}
