package scot.quads.rubric.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.Statement;
import scot.quads.rubric.Statement.SwotItem;
import scot.quads.rubric.service.StatementService.StatementView;

/**
 * A council's self-evaluative statement; {@code version} is what the next save sends back in If-Match ("0" while it
 * has never been written). The SWOT comes strengths first, then weaknesses, opportunities and threats, each by
 * priority.
 */
public record StatementRepresentation(UUID cycleId, String cycleName, String councilCode, String councilName,
        String evaluationState, boolean required, boolean acceptingChanges, String context, List<SwotItem> swot,
        String summary, boolean carriedForward, long version, OffsetDateTime updatedAt, String updatedBy) {

    static StatementRepresentation of(StatementView view) {
        Statement statement = view.statement();
        return new StatementRepresentation(view.cycle().id, view.cycle().name, view.council().gssCode,
                view.council().name, view.evaluation() == null ? "not-started" : view.evaluation().state,
                view.cycle().statementRequired, view.acceptingChanges(),
                statement == null ? null : statement.context,
                statement == null ? List.of() : statement.orderedSwot(),
                statement == null ? null : statement.summary,
                statement != null && statement.carriedForward, view.version(),
                statement == null ? null : statement.updatedAt, statement == null ? null : statement.updatedBy);
    }

    /** The statement alone, as a stale save's 412 shows it. */
    static StatementRepresentation current(Statement statement) {
        return new StatementRepresentation(null, null, null, null, null, false, true, statement.context, statement.orderedSwot(),
                statement.summary, statement.carriedForward, statement.version, statement.updatedAt,
                statement.updatedBy);
    }
}
