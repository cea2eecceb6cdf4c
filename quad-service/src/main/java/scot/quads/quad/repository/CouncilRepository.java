package scot.quads.quad.repository;

import static scot.quads.support.jdbc.Database.array;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.quads.quad.Council;
import scot.quads.support.jdbc.Database;

/**
 * The councils as authority-service last announced them ({@code council}), a read model kept from its events:
 * written whole with an upsert whichever event comes first, read by code.
 */
@ApplicationScoped
public class CouncilRepository {

    private static final String COUNCIL = "SELECT gss_code, name, legacy_gss_code, active, people_family,"
            + " other_family, updated_at FROM council";

    private final Database database;

    public CouncilRepository(Database database) {
        this.database = database;
    }

    public Optional<Council> find(String code) {
        return database.first(COUNCIL + " WHERE gss_code = ?", CouncilRepository::council, code);
    }

    /** The current code of the council that had {@code code} as its older code, if one did. */
    public Optional<String> currentCodeOf(String olderCode) {
        return database.first("SELECT gss_code FROM council WHERE legacy_gss_code = ? ORDER BY gss_code",
                row -> row.getString("gss_code"), olderCode);
    }

    /** The known councils among these codes, by code. */
    public Map<String, Council> byCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Council> found = new HashMap<>();
        database.list(COUNCIL + " WHERE gss_code = ANY(?)", CouncilRepository::council,
                array("text", new HashSet<>(codes))).forEach(c -> found.put(c.gssCode, c));
        return found;
    }

    public List<Council> active() {
        return database.list(COUNCIL + " WHERE active ORDER BY gss_code", CouncilRepository::council);
    }

    public void save(Council council) {
        database.update("""
                INSERT INTO council (gss_code, name, legacy_gss_code, active, people_family, other_family,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (gss_code) DO UPDATE SET name = EXCLUDED.name,
                    legacy_gss_code = EXCLUDED.legacy_gss_code, active = EXCLUDED.active,
                    people_family = EXCLUDED.people_family, other_family = EXCLUDED.other_family,
                    updated_at = EXCLUDED.updated_at""",
                council.gssCode, council.name, council.legacyGssCode, council.active, council.peopleFamily,
                council.otherFamily, council.updatedAt);
    }

    private static Council council(ResultSet row) throws SQLException {
        Council council = new Council();
        council.gssCode = row.getString("gss_code");
        council.name = row.getString("name");
        council.legacyGssCode = row.getString("legacy_gss_code");
        council.active = row.getBoolean("active");
        council.peopleFamily = row.getObject("people_family", Integer.class);
        council.otherFamily = row.getObject("other_family", Integer.class);
        council.updatedAt = row.getObject("updated_at", OffsetDateTime.class);
        return council;
    }
}
