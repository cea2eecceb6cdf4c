package scot.quads.quad.repository;

import static scot.quads.support.jdbc.Database.array;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.quad.Action;
import scot.quads.quad.Comment;
import scot.quads.quad.QuadSession;
import scot.quads.support.jdbc.ConcurrentChangeException;
import scot.quads.support.jdbc.Database;

/**
 * A quad's work: its comments, its actions (and the reminders sent for them) and its sessions, in plain SQL within
 * the caller's transaction. Actions and sessions carry a version that every update checks and bumps.
 */
@ApplicationScoped
public class QuadWorkRepository {

    private static final String COMMENT = "SELECT id, quad_id, cycle_id, thread_id, in_reply_to, question_code,"
            + " about_council, kind, text, author, author_email, author_council, posted_at FROM quad_comment";
    private static final String ACTION = "SELECT id, quad_id, cycle_id, owner_council, description, question_codes,"
            + " due_date, status, status_reason, created_at, created_by, updated_at, updated_by, version"
            + " FROM quad_action";
    private static final String SESSION = "SELECT id, quad_id, cycle_id, starts_at, location, agenda, notes,"
            + " created_at, created_by, updated_at, updated_by, version FROM quad_session";
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };

    private final Database database;

    public QuadWorkRepository(Database database) {
        this.database = database;
    }

    public Optional<Comment> comment(UUID id) {
        return database.first(COMMENT + " WHERE id = ?", QuadWorkRepository::comment, id);
    }

    /** The quad's comments, oldest first, optionally about one question and one council only. */
    public List<Comment> commentsOfQuad(UUID quadId, String questionCode, String aboutCouncil) {
        StringBuilder query = new StringBuilder(COMMENT + " WHERE quad_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(quadId));
        if (questionCode != null) {
            query.append(" AND question_code = ?");
            parameters.add(questionCode);
        }
        if (aboutCouncil != null) {
            query.append(" AND about_council = ?");
            parameters.add(aboutCouncil);
        }
        return database.list(query + " ORDER BY posted_at, id", QuadWorkRepository::comment, parameters.toArray());
    }

    public List<Comment> thread(UUID threadId) {
        return database.list(COMMENT + " WHERE thread_id = ? ORDER BY posted_at, id", QuadWorkRepository::comment,
                threadId);
    }

    public void insertComment(Comment comment) {
        database.update("""
                INSERT INTO quad_comment (id, quad_id, cycle_id, thread_id, in_reply_to, question_code,
                                          about_council, kind, text, author, author_email, author_council,
                                          posted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                comment.id, comment.quadId, comment.cycleId, comment.threadId, comment.inReplyTo,
                comment.questionCode, comment.aboutCouncil, comment.kind, comment.text, comment.author,
                comment.authorEmail, comment.authorCouncil, comment.postedAt);
    }

    public Optional<Action> action(UUID id) {
        return database.first(ACTION + " WHERE id = ?", QuadWorkRepository::action, id);
    }

    public List<Action> actionsOfQuad(UUID quadId) {
        return database.list(ACTION + " WHERE quad_id = ? ORDER BY due_date, created_at",
                QuadWorkRepository::action, quadId);
    }

    public List<Action> pendingActionsOfQuad(UUID quadId) {
        return database.list(ACTION + " WHERE quad_id = ? AND status = ANY(?) ORDER BY due_date, created_at",
                QuadWorkRepository::action, quadId, array("text", Action.PENDING));
    }

    /** Pending actions due before {@code today} in those quads. */
    public List<Action> overdue(Collection<UUID> quadIds, LocalDate today) {
        if (quadIds.isEmpty()) {
            return List.of();
        }
        return database.list(ACTION + " WHERE quad_id = ANY(?) AND status = ANY(?) AND due_date < ?"
                + " ORDER BY due_date, created_at", QuadWorkRepository::action,
                array("uuid", new HashSet<>(quadIds)), array("text", Action.PENDING), today);
    }

    /** Pending actions due on or before {@code until}: the ones the daily job may have to announce. */
    public List<UUID> pendingDueBy(LocalDate until) {
        return database.list("SELECT id FROM quad_action WHERE status = ANY(?) AND due_date <= ? ORDER BY due_date",
                row -> row.getObject(1, UUID.class), array("text", Action.PENDING), until);
    }

    /** Records that the notice of this kind went out for the action; false when it already had. */
    public boolean recordNotice(UUID actionId, String kind, LocalDate today) {
        return database.update("""
                INSERT INTO quad_action_notice (action_id, kind, sent_on) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", actionId, kind, today) > 0;
    }

    /** Writes a new action at version 0. */
    public void insertAction(Action action) {
        database.update("""
                INSERT INTO quad_action (id, quad_id, cycle_id, owner_council, description, question_codes,
                                         due_date, status, status_reason, created_at, created_by, updated_at,
                                         updated_by, version)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)""",
                action.id, action.quadId, action.cycleId, action.ownerCouncil, action.description,
                Json.write(action.questionCodes), action.dueDate, action.status, action.statusReason,
                action.createdAt, action.createdBy, action.updatedAt, action.updatedBy, action.version);
    }

    /** Writes the action at the version it was read at and moves it to the next; refused if changed meanwhile. */
    public void updateAction(Action action) {
        int updated = database.update("""
                UPDATE quad_action SET owner_council = ?, description = ?, question_codes = ?::jsonb, due_date = ?,
                    status = ?, status_reason = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""",
                action.ownerCouncil, action.description, Json.write(action.questionCodes), action.dueDate,
                action.status, action.statusReason, action.updatedAt, action.updatedBy, action.id, action.version);
        if (updated == 0) {
            throw new ConcurrentChangeException("Action " + action.id + " was changed or removed meanwhile");
        }
        action.version++;
    }

    public Optional<QuadSession> session(UUID id) {
        return database.first(SESSION + " WHERE id = ?", QuadWorkRepository::session, id);
    }

    public List<QuadSession> sessionsOfQuad(UUID quadId) {
        return database.list(SESSION + " WHERE quad_id = ? ORDER BY starts_at, created_at",
                QuadWorkRepository::session, quadId);
    }

    /** Writes a new session at version 0. */
    public void insertSession(QuadSession session) {
        database.update("""
                INSERT INTO quad_session (id, quad_id, cycle_id, starts_at, location, agenda, notes, created_at,
                                          created_by, updated_at, updated_by, version)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""",
                session.id, session.quadId, session.cycleId, session.startsAt, session.location,
                Json.write(session.agenda), session.notes, session.createdAt, session.createdBy, session.updatedAt,
                session.updatedBy, session.version);
    }

    /** Writes the session at the version it was read at and moves it to the next; refused if changed meanwhile. */
    public void updateSession(QuadSession session) {
        int updated = database.update("""
                UPDATE quad_session SET starts_at = ?, location = ?, agenda = ?::jsonb, notes = ?, updated_at = ?,
                    updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""",
                session.startsAt, session.location, Json.write(session.agenda), session.notes, session.updatedAt,
                session.updatedBy, session.id, session.version);
        if (updated == 0) {
            throw new ConcurrentChangeException("Session " + session.id + " was changed or removed meanwhile");
        }
        session.version++;
    }

    private static Comment comment(ResultSet row) throws SQLException {
        Comment comment = new Comment();
        comment.id = row.getObject(1, UUID.class);
        comment.quadId = row.getObject(2, UUID.class);
        comment.cycleId = row.getObject(3, UUID.class);
        comment.threadId = row.getObject(4, UUID.class);
        comment.inReplyTo = row.getObject(5, UUID.class);
        comment.questionCode = row.getString(6);
        comment.aboutCouncil = row.getString(7);
        comment.kind = row.getString(8);
        comment.text = row.getString(9);
        comment.author = row.getString(10);
        comment.authorEmail = row.getString(11);
        comment.authorCouncil = row.getString(12);
        comment.postedAt = row.getObject(13, OffsetDateTime.class);
        return comment;
    }

    private static Action action(ResultSet row) throws SQLException {
        Action action = new Action();
        action.id = row.getObject(1, UUID.class);
        action.quadId = row.getObject(2, UUID.class);
        action.cycleId = row.getObject(3, UUID.class);
        action.ownerCouncil = row.getString(4);
        action.description = row.getString(5);
        action.questionCodes = Json.read(row.getString(6), CODES);
        action.dueDate = row.getObject(7, LocalDate.class);
        action.status = row.getString(8);
        action.statusReason = row.getString(9);
        action.createdAt = row.getObject(10, OffsetDateTime.class);
        action.createdBy = row.getString(11);
        action.updatedAt = row.getObject(12, OffsetDateTime.class);
        action.updatedBy = row.getString(13);
        action.version = row.getInt(14);
        return action;
    }

    private static QuadSession session(ResultSet row) throws SQLException {
        QuadSession session = new QuadSession();
        session.id = row.getObject(1, UUID.class);
        session.quadId = row.getObject(2, UUID.class);
        session.cycleId = row.getObject(3, UUID.class);
        session.startsAt = row.getObject(4, OffsetDateTime.class);
        session.location = row.getString(5);
        session.agenda = Json.read(row.getString(6), CODES);
        session.notes = row.getString(7);
        session.createdAt = row.getObject(8, OffsetDateTime.class);
        session.createdBy = row.getString(9);
        session.updatedAt = row.getObject(10, OffsetDateTime.class);
        session.updatedBy = row.getString(11);
        session.version = row.getInt(12);
        return session;
    }
}
