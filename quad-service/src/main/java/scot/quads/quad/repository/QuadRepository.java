package scot.quads.quad.repository;

import static scot.quads.support.jdbc.Database.array;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import scot.quads.quad.Quad;
import scot.quads.quad.QuadAudit;
import scot.quads.quad.QuadMember;
import scot.quads.quad.QuadProposal;
import scot.quads.support.jdbc.ConcurrentChangeException;
import scot.quads.support.jdbc.Database;

/**
 * Quads with their members (read and written together, in the caller's transaction), their audit, and the
 * proposals they may be formed from, in plain SQL. A quad's row carries a version: every update checks and bumps
 * it in the statement itself.
 */
@ApplicationScoped
public class QuadRepository {

    private static final String QUAD = "SELECT q.id, q.cycle_id, q.name, q.facilitator, q.notes, q.formed_at,"
            + " q.formed_by, q.updated_at, q.updated_by, q.dissolved_at, q.dissolved_by, q.version FROM quad q";
    private static final String PROPOSAL = "SELECT id, cycle_id, family_set, request, result, created_at,"
            + " created_by, confirmed_at, confirmed_by FROM quad_proposal";

    private final Database database;

    public QuadRepository(Database database) {
        this.database = database;
    }

    /** The quad with its members; empty when unknown. */
    public Optional<Quad> withMembers(UUID quadId) {
        return database.first(QUAD + " WHERE q.id = ?", QuadRepository::quad, quadId).map(this::loadMembers);
    }

    public boolean exists(UUID quadId) {
        return database.first("SELECT 1 FROM quad WHERE id = ?", row -> true, quadId).isPresent();
    }

    /** The cycle's quads that are not dissolved, by name. */
    public List<Quad> inCycle(UUID cycleId) {
        return loadMembers(database.list(QUAD + " WHERE q.cycle_id = ? AND q.dissolved_at IS NULL"
                + " ORDER BY q.name, q.formed_at", QuadRepository::quad, cycleId));
    }

    /** The quad of that cycle the council belongs to, if any. */
    public Optional<Quad> ofCouncil(UUID cycleId, String councilCode) {
        return database.first(QUAD + " JOIN quad_member m ON m.quad_id = q.id"
                + " WHERE m.cycle_id = ? AND m.council_code = ?", QuadRepository::quad, cycleId,
                councilCode.trim().toUpperCase()).map(this::loadMembers);
    }

    /** The ids of the quads not dissolved, in one cycle or (null) in all. */
    public List<UUID> liveIds(UUID cycleId) {
        return cycleId == null
                ? database.list("SELECT id FROM quad WHERE dissolved_at IS NULL", row -> row.getObject(1, UUID.class))
                : database.list("SELECT id FROM quad WHERE cycle_id = ? AND dissolved_at IS NULL",
                        row -> row.getObject(1, UUID.class), cycleId);
    }

    /** The ids of the quads the council is in, in one cycle or (null) in all. */
    public List<UUID> idsWithMember(String councilCode, UUID cycleId) {
        return cycleId == null
                ? database.list("SELECT quad_id FROM quad_member WHERE council_code = ?",
                        row -> row.getObject(1, UUID.class), councilCode)
                : database.list("SELECT quad_id FROM quad_member WHERE council_code = ? AND cycle_id = ?",
                        row -> row.getObject(1, UUID.class), councilCode, cycleId);
    }

    /** Writes a new quad (at version 0) and its members. */
    public void insert(Quad quad) {
        database.update("""
                INSERT INTO quad (id, cycle_id, name, facilitator, notes, formed_at, formed_by, updated_at,
                                  updated_by, dissolved_at, dissolved_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                quad.id, quad.cycleId, quad.name, quad.facilitator, quad.notes, quad.formedAt, quad.formedBy,
                quad.updatedAt, quad.updatedBy, quad.dissolvedAt, quad.dissolvedBy, quad.version);
        quad.members.forEach(this::insertMember);
    }

    /**
     * Writes the quad's own fields at the version it was read at, and moves it to the next version; a quad changed
     * meanwhile is refused with a {@link ConcurrentChangeException} (409). Its members are written by
     * {@link #removeMembers} and {@link #saveMembers}.
     */
    public void update(Quad quad) {
        int updated = database.update("""
                UPDATE quad SET cycle_id = ?, name = ?, facilitator = ?, notes = ?, formed_at = ?, formed_by = ?,
                    updated_at = ?, updated_by = ?, dissolved_at = ?, dissolved_by = ?, version = version + 1
                WHERE id = ? AND version = ?""",
                quad.cycleId, quad.name, quad.facilitator, quad.notes, quad.formedAt, quad.formedBy,
                quad.updatedAt, quad.updatedBy, quad.dissolvedAt, quad.dissolvedBy, quad.id, quad.version);
        if (updated == 0) {
            throw new ConcurrentChangeException("Quad " + quad.id + " was changed or removed meanwhile");
        }
        quad.version++;
    }

    /** Deletes the quad's members other than those it still lists. */
    public void removeMembers(Quad quad) {
        database.update("DELETE FROM quad_member WHERE quad_id = ? AND NOT (council_code = ANY(?))", quad.id,
                array("text", quad.memberCodes()));
    }

    /** Writes each member's place, inserting the members new to the quad. */
    public void saveMembers(Quad quad) {
        for (QuadMember member : quad.members) {
            if (member.id == null) {
                insertMember(member);
            } else {
                database.update("UPDATE quad_member SET position = ? WHERE id = ?", member.position, member.id);
            }
        }
    }

    private void insertMember(QuadMember member) {
        member.id = database.first("""
                INSERT INTO quad_member (quad_id, cycle_id, council_code, position) VALUES (?, ?, ?, ?)
                RETURNING id""", row -> row.getLong(1), member.quadId, member.cycleId, member.councilCode,
                member.position).orElseThrow();
    }

    public void insertAudit(QuadAudit entry) {
        entry.id = database.first("""
                INSERT INTO quad_audit (quad_id, cycle_id, action, changed_at, changed_by, old_members,
                                        new_members, changes)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)
                RETURNING id""", row -> row.getLong(1), entry.quadId, entry.cycleId, entry.action,
                entry.changedAt, entry.changedBy, Json.write(entry.oldMembers), Json.write(entry.newMembers),
                Json.write(entry.changes)).orElseThrow();
    }

    /** Every change made to the quad, oldest first. */
    public List<QuadAudit> auditOf(UUID quadId) {
        return database.list("""
                SELECT id, quad_id, cycle_id, action, changed_at, changed_by, old_members, new_members, changes
                FROM quad_audit WHERE quad_id = ? ORDER BY id""", row -> {
            QuadAudit entry = new QuadAudit();
            entry.id = row.getLong(1);
            entry.quadId = row.getObject(2, UUID.class);
            entry.cycleId = row.getObject(3, UUID.class);
            entry.action = row.getString(4);
            entry.changedAt = row.getObject(5, OffsetDateTime.class);
            entry.changedBy = row.getString(6);
            entry.oldMembers = Json.read(row.getString(7), new TypeReference<List<String>>() {
            });
            entry.newMembers = Json.read(row.getString(8), new TypeReference<List<String>>() {
            });
            entry.changes = Json.read(row.getString(9), new TypeReference<List<QuadAudit.FieldChange>>() {
            });
            return entry;
        }, quadId);
    }

    public Optional<QuadProposal> proposal(UUID id) {
        return database.first(PROPOSAL + " WHERE id = ?", QuadRepository::proposal, id);
    }

    /** The proposal, its row locked until the transaction ends (so it is confirmed once). */
    public Optional<QuadProposal> proposalForUpdate(UUID id) {
        return database.first(PROPOSAL + " WHERE id = ? FOR NO KEY UPDATE", QuadRepository::proposal, id);
    }

    public void insertProposal(QuadProposal proposal) {
        database.update("""
                INSERT INTO quad_proposal (id, cycle_id, family_set, request, result, created_at, created_by,
                                           confirmed_at, confirmed_by)
                VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""",
                proposal.id, proposal.cycleId, proposal.familySet, Json.write(proposal.request),
                Json.write(proposal.result), proposal.createdAt, proposal.createdBy, proposal.confirmedAt,
                proposal.confirmedBy);
    }

    /** Records the confirmation: who, when, and the result with the quads it formed. */
    public void saveConfirmation(QuadProposal proposal) {
        database.update("""
                UPDATE quad_proposal SET result = ?::jsonb, confirmed_at = ?, confirmed_by = ? WHERE id = ?""",
                Json.write(proposal.result), proposal.confirmedAt, proposal.confirmedBy, proposal.id);
    }

    private Quad loadMembers(Quad quad) {
        loadMembers(List.of(quad));
        return quad;
    }

    /** Fills in each quad's members, in their places, in one query. */
    private List<Quad> loadMembers(List<Quad> quads) {
        if (quads.isEmpty()) {
            return quads;
        }
        Map<UUID, Quad> byId = new LinkedHashMap<>();
        quads.forEach(quad -> {
            quad.members = new ArrayList<>();
            byId.put(quad.id, quad);
        });
        Collection<UUID> ids = new HashSet<>(byId.keySet());
        database.list("""
                SELECT id, quad_id, cycle_id, council_code, position FROM quad_member
                WHERE quad_id = ANY(?) ORDER BY position, id""", row -> {
            QuadMember member = new QuadMember();
            member.id = row.getLong(1);
            member.quadId = row.getObject(2, UUID.class);
            member.cycleId = row.getObject(3, UUID.class);
            member.councilCode = row.getString(4);
            member.position = row.getInt(5);
            byId.get(member.quadId).members.add(member);
            return member;
        }, array("uuid", ids));
        return quads;
    }

    private static Quad quad(ResultSet row) throws SQLException {
        Quad quad = new Quad();
        quad.id = row.getObject(1, UUID.class);
        quad.cycleId = row.getObject(2, UUID.class);
        quad.name = row.getString(3);
        quad.facilitator = row.getString(4);
        quad.notes = row.getString(5);
        quad.formedAt = row.getObject(6, OffsetDateTime.class);
        quad.formedBy = row.getString(7);
        quad.updatedAt = row.getObject(8, OffsetDateTime.class);
        quad.updatedBy = row.getString(9);
        quad.dissolvedAt = row.getObject(10, OffsetDateTime.class);
        quad.dissolvedBy = row.getString(11);
        quad.version = row.getInt(12);
        return quad;
    }

    private static QuadProposal proposal(ResultSet row) throws SQLException {
        QuadProposal proposal = new QuadProposal();
        proposal.id = row.getObject(1, UUID.class);
        proposal.cycleId = row.getObject(2, UUID.class);
        proposal.familySet = row.getString(3);
        proposal.request = Json.read(row.getString(4), QuadProposal.Request.class);
        proposal.result = Json.read(row.getString(5), QuadProposal.Result.class);
        proposal.createdAt = row.getObject(6, OffsetDateTime.class);
        proposal.createdBy = row.getString(7);
        proposal.confirmedAt = row.getObject(8, OffsetDateTime.class);
        proposal.confirmedBy = row.getString(9);
        return proposal;
    }
}
