package scot.quads.quad.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.quads.quad.Assignment;
import scot.quads.quad.Quad;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/**
 * Which quads an ADES officer or a link inspector reaches: those ADES assigned them to, and (link inspectors) the
 * quads of the councils ADES assigned them to. An assignment works only with the role it was made for, so a person
 * whose role was taken away in Keycloak reaches nothing, whatever assignments remain.
 */
@ApplicationScoped
public class AssignmentAccess {

    private final Caller caller;

    public AssignmentAccess(Caller caller) {
        this.caller = caller;
    }

    /** Whether the caller is an ADES officer or link inspector with a live assignment reaching this quad. */
    public boolean reaches(Quad quad) {
        if (!caller.isAssignedReader()) {
            return false;
        }
        return Assignment.reaches(caller.username(), rolesHeld(), quad.id, quad.memberCodes());
    }

    /** The live quads the caller's assignments reach, in one cycle or (null) in all; empty for anyone else. */
    public List<UUID> quadIds(UUID cycleId) {
        if (!caller.isAssignedReader()) {
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (Assignment assignment : Assignment.liveOf(caller.username(), rolesHeld())) {
            if (assignment.quadId != null) {
                if (cycleId == null || cycleId.equals(assignment.cycleId)) {
                    ids.add(assignment.quadId);
                }
            } else {
                ids.addAll(Quad.idsWithMember(assignment.councilCode, cycleId));
            }
        }
        List<UUID> live = new ArrayList<>(ids);
        live.retainAll(Quad.liveIds(cycleId));
        return live;
    }

    private List<String> rolesHeld() {
        List<String> roles = new ArrayList<>();
        if (caller.isAdesOfficer()) {
            roles.add(Roles.ADES_OFFICER);
        }
        if (caller.isLinkInspector()) {
            roles.add(Roles.ES_LINK);
        }
        return roles;
    }
}
