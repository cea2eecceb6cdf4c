package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A council's focus for a cycle as it was proposed to ADES, agreed or sent back: its area, focus question and key
 * questions, its state after the step, ADES's comment (when agreeing or sending back), and who took the step when.
 */
public record FocusV1(
        UUID focusId,
        UUID cycleId,
        String councilCode,
        String state,
        String area,
        String focusQuestion,
        List<String> keyQuestions,
        String comment,
        String by,
        OffsetDateTime at) {

    public FocusV1 {
        Objects.requireNonNull(focusId, "focusId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(councilCode, "councilCode");
        keyQuestions = keyQuestions == null ? List.of() : List.copyOf(keyQuestions);
    }
}
