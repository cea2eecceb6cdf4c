package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Assignment;
import scot.quads.quad.Quad;

/**
 * An assignment as ADES and the assigned person see it; {@code quadName} and {@code cycleId} name the quad,
 * {@code revokedAt} and {@code revokedBy} are null while it is live.
 */
public record AssignmentRepresentation(UUID id, String role, String username, UUID quadId, String quadName,
        UUID cycleId, String councilCode, OffsetDateTime assignedAt, String assignedBy, OffsetDateTime revokedAt,
        String revokedBy, int version) {

    static AssignmentRepresentation of(Assignment assignment, Map<UUID, Quad> quads) {
        Quad quad = assignment.quadId == null ? null : quads.get(assignment.quadId);
        return new AssignmentRepresentation(assignment.id, assignment.role, assignment.username, assignment.quadId,
                quad == null ? null : quad.name, assignment.cycleId, assignment.councilCode, assignment.assignedAt,
                assignment.assignedBy, assignment.revokedAt, assignment.revokedBy, assignment.version);
    }
}
