package scot.quads.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.notification.Audience;
import scot.quads.notification.Contact;
import scot.quads.notification.Cycle;
import scot.quads.notification.repository.ProjectionRepository;

/**
 * Keeps the service's copies of other services' facts. Each event carries the aggregate's whole state and one
 * aggregate's events arrive in order, so the latest event simply replaces what was there.
 */
@ApplicationScoped
public class ProjectionService {

    private final ProjectionRepository projections;

    public ProjectionService(ProjectionRepository projections) {
        this.projections = projections;
    }

    @Transactional
    public void council(CouncilV1 payload) {
        projections.saveCouncil(Audience.normaliseCode(payload.gssCode()), payload.name().trim());
    }

    /** A council's contacts are replaced whole: one missing from the event is no longer a contact. */
    @Transactional
    public void contacts(CouncilContactsV1 payload) {
        String code = Audience.normaliseCode(payload.gssCode());
        Set<UUID> seen = new HashSet<>();
        List<Contact> contacts = new ArrayList<>();
        for (CouncilContactsV1.Contact given : payload.contacts()) {
            if (!seen.add(given.id())) {
                continue;
            }
            contacts.add(new Contact(code, given.id(), given.name(), EmailRecipients.normalise(given.email()),
                    given.role(), String.join(" ", given.notifications().stream()
                            .filter(type -> type != null && !type.isBlank()).map(String::trim).toList())));
        }
        projections.replaceContacts(code, contacts);
    }

    @Transactional
    public Cycle cycle(CycleV1 payload) {
        Cycle cycle = new Cycle(payload.cycleId(),
                payload.name() == null || payload.name().isBlank() ? null : payload.name().trim(),
                payload.submissionDeadline(), payload.revealRule(), payload.state());
        projections.saveCycle(cycle);
        return cycle;
    }

    /** A quad formed again (say with a council swapped) replaces its whole membership. */
    @Transactional
    public void quad(QuadV1 payload) {
        quad(payload.quadId(), payload.cycleId(), payload.memberCouncilCodes());
    }

    /** Replaces a quad's members; returns those it had before. */
    @Transactional
    public List<String> quad(UUID quadId, UUID cycleId, Collection<String> memberCodes) {
        List<String> before = projections.quadMembers(quadId);
        Set<String> codes = new LinkedHashSet<>();
        memberCodes.forEach(code -> codes.add(Audience.normaliseCode(code)));
        projections.replaceQuad(quadId, cycleId, codes);
        return before;
    }
}
