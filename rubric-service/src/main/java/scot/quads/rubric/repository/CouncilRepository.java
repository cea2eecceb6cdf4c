package scot.quads.rubric.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import scot.quads.rubric.Council;
import scot.quads.support.jdbc.Database;

/** The projections of other services' data: councils from authority-service, quads from quad-service. */
@ApplicationScoped
public class CouncilRepository {

    private final Database database;

    public CouncilRepository(Database database) {
        this.database = database;
    }

    public Optional<Council> find(String gssCode) {
        return database.first(COUNCIL + " WHERE gss_code = ?", CouncilRepository::council, gssCode);
    }

    /** By current GSS code, or by the older code some councils had before boundary changes. */
    public Optional<Council> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        return find(normalised).or(() -> database.first(COUNCIL + " WHERE legacy_gss_code = ?",
                CouncilRepository::council, normalised));
    }

    public void save(Council council) {
        database.update("""
                INSERT INTO council (gss_code, name, legacy_gss_code, active, as_of) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (gss_code) DO UPDATE SET name = excluded.name, legacy_gss_code = excluded.legacy_gss_code,
                    active = excluded.active, as_of = excluded.as_of""", council.gssCode, council.name,
                council.legacyGssCode, council.active, council.asOf);
    }

    /** Applies a quad's whole membership, unless a newer one was applied already. */
    public void applyQuad(UUID quadId, UUID cycleId, List<String> members, OffsetDateTime asOf) {
        int applied = database.update("""
                INSERT INTO quad (id, cycle_id, as_of) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET cycle_id = excluded.cycle_id, as_of = excluded.as_of
                WHERE quad.as_of IS NULL OR excluded.as_of IS NULL OR quad.as_of <= excluded.as_of
                """, quadId, cycleId, asOf);
        if (applied == 0) {
            return;
        }
        database.update("DELETE FROM quad_member WHERE quad_id = ?", quadId);
        for (String member : members) {
            database.update("INSERT INTO quad_member (quad_id, council_code) VALUES (?, ?)", quadId,
                    member.trim().toUpperCase());
        }
    }

    public long quadMemberCount(UUID quadId) {
        return database.number("SELECT count(*) FROM quad_member WHERE quad_id = ?", quadId);
    }

    /** True when the council is in a quad of the cycle with partners, and every partner's evaluation is submitted. */
    public boolean everyPartnerSubmitted(UUID cycleId, String councilCode) {
        return database.first("""
                SELECT count(*), count(*) FILTER (WHERE e.state = 'submitted')
                FROM quad q
                JOIN quad_member mine ON mine.quad_id = q.id AND mine.council_code = ?
                JOIN quad_member partner ON partner.quad_id = q.id AND partner.council_code <> ?
                LEFT JOIN self_evaluation e ON e.cycle_id = q.cycle_id AND e.council_code = partner.council_code
                WHERE q.cycle_id = ?
                """, row -> row.getLong(1) > 0 && row.getLong(1) == row.getLong(2), councilCode, councilCode,
                cycleId).orElse(false);
    }

    private static final String COUNCIL = "SELECT gss_code, name, legacy_gss_code, active, as_of FROM council";

    private static Council council(ResultSet row) throws SQLException {
        Council council = new Council();
        council.gssCode = row.getString(1);
        council.name = row.getString(2);
        council.legacyGssCode = row.getString(3);
        council.active = row.getBoolean(4);
        council.asOf = row.getObject(5, OffsetDateTime.class);
        return council;
    }
}
