package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * ADES assigned someone from outside the councils to a quad or a council, or revoked that assignment.
 * {@code role} is the realm role the assignment works with ({@code ades-officer} or {@code es-link}); {@code username}
 * is the person's sign-in name (the token's {@code preferred_username}). Exactly one of {@code quadId} (with its
 * {@code cycleId}) and {@code councilCode} is given: a link inspector may be assigned to a council, and then reaches
 * the quads that council is in. {@code at} and {@code by}: when and by whom it was assigned or revoked.
 */
public record AssignmentV1(UUID assignmentId, String role, String username, UUID quadId, UUID cycleId,
        String councilCode, OffsetDateTime at, String by) {

    public AssignmentV1 {
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(username, "username");
    }
}
