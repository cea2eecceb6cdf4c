package scot.quads.notification.repository;

import static scot.quads.support.jdbc.Database.array;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.quads.notification.Preference;
import scot.quads.support.jdbc.Database;

/** People's email choices per notification type, keyed by their normalised address. */
@ApplicationScoped
public class PreferenceRepository {

    private static final String COLUMNS = "SELECT user_email, type, email_mode, updated_at FROM preference";

    private final Database database;

    public PreferenceRepository(Database database) {
        this.database = database;
    }

    public List<Preference> of(String email) {
        return database.list(COLUMNS + " WHERE user_email = ? ORDER BY type", PreferenceRepository::preference,
                email);
    }

    /** Each of these people's mode for one type, by address; someone without a choice is absent. */
    public Map<String, String> modes(Collection<String> emails, String type) {
        Map<String, String> modes = new HashMap<>();
        if (emails.isEmpty()) {
            return modes;
        }
        database.list("SELECT user_email, email_mode FROM preference WHERE user_email = ANY(?) AND type = ?",
                row -> modes.put(row.getString(1), row.getString(2)), array("text", emails), type);
        return modes;
    }

    public void save(String email, String type, String mode, OffsetDateTime at) {
        database.update("""
                INSERT INTO preference (user_email, type, email_mode, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_email, type) DO UPDATE SET email_mode = EXCLUDED.email_mode,
                    updated_at = EXCLUDED.updated_at""", email, type, mode, at);
    }

    /** Every choice of email off or digest, by person then type. */
    public List<Preference> optOuts() {
        return database.list(COLUMNS + " WHERE email_mode <> 'on' ORDER BY user_email, type",
                PreferenceRepository::preference);
    }

    private static Preference preference(ResultSet row) throws SQLException {
        return new Preference(row.getString(1), row.getString(2), row.getString(3),
                row.getObject(4, OffsetDateTime.class));
    }
}
