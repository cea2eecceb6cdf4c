package scot.quads.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

    /** A council's contacts are replaced whole: one missing from the event is no longer a contact. */
    @Transactional
    public void contacts(CouncilContactsV1 payload) {
        String code = Audience.normaliseCode(payload.gssCode());
        Contact.delete("councilCode", code);
        Contact.flush();
        Set<UUID> seen = new HashSet<>();
        for (CouncilContactsV1.Contact given : payload.contacts()) {
            if (!seen.add(given.id())) {
                continue;
            }
            Contact contact = new Contact();
            contact.councilCode = code;
            contact.contactId = given.id();
            contact.name = given.name();
            contact.email = EmailRecipients.normalise(given.email());
            contact.role = given.role();
            contact.notifications = String.join(" ", given.notifications().stream()
                    .filter(type -> type != null && !type.isBlank()).map(String::trim).toList());
            contact.persist();
        }
    }

    @Transactional
    public Cycle cycle(CycleV1 payload) {
        Cycle cycle = Cycle.findById(payload.cycleId());
        if (cycle == null) {
            cycle = new Cycle();
            cycle.id = payload.cycleId();
        }
        cycle.name = payload.name() == null || payload.name().isBlank() ? null : payload.name().trim();
        cycle.submissionDeadline = payload.submissionDeadline();
        cycle.revealRule = payload.revealRule();
        cycle.state = payload.state();
        cycle.persist();
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
        List<String> before = QuadMember.getEntityManager()
                .createQuery("select m.councilCode from QuadMember m where m.quadId = ?1", String.class)
                .setParameter(1, quadId).getResultList();
        QuadMember.delete("quadId", quadId);
        QuadMember.flush();
        Set<String> codes = new LinkedHashSet<>();
        memberCodes.forEach(code -> codes.add(Audience.normaliseCode(code)));
        for (String code : codes) {
            QuadMember member = new QuadMember();
            member.quadId = quadId;
            member.cycleId = cycleId;
            member.councilCode = code;
            member.persist();
        }
        return before;
    }
}
