package scot.quads.authority.repository;

import jakarta.enterprise.context.ApplicationScoped;
import scot.quads.support.jdbc.Database;

/**
 * Serialises ADES's indicator imports. An import compares the file with the stored values and then writes the
 * difference, so a second import running at the same time would compare against values about to change; a table lock
 * (no row lock covers the rows about to be inserted) makes the second wait for the first's commit. Readers go on.
 */
@ApplicationScoped
public class IndicatorImportLock {

    private final Database database;

    public IndicatorImportLock(Database database) {
        this.database = database;
    }

    /** Holds off other imports (and their writes) until this transaction ends. */
    public void holdOffOtherImports() {
        database.update("LOCK TABLE indicator_value, scotland_indicator_value IN SHARE ROW EXCLUSIVE MODE");
    }
}
