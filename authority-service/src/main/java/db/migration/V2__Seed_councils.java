package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import scot.quads.authority.event.CouncilEvents;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.support.outbox.Outbox;

/**
 * Loads the 32 councils from {@code seed/councils.csv} (official GSS codes and LGBF family groups) and, in the
 * same transaction, an event per council in the outbox, so every other service learns them on first start.
 */
public class V2__Seed_councils extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<CouncilV1> councils = read();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO council (gss_code, name, lgbf_name, legacy_gss_code, regional_collaborative,
                                     people_family, other_family)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (CouncilV1 council : councils) {
                insert.setString(1, council.gssCode());
                insert.setString(2, council.name());
                insert.setString(3, council.lgbfName());
                insert.setString(4, council.legacyGssCode());
                insert.setString(5, council.regionalCollaborative());
                insert.setObject(6, council.peopleFamily());
                insert.setObject(7, council.otherFamily());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (CouncilV1 council : councils) {
            Outbox.write(connection, Events.COUNCIL_REGISTERED, council.gssCode(), EventCodec.event(
                    Events.COUNCIL_REGISTERED, CouncilEvents.SOURCE, council.gssCode(), council));
        }
    }

    private static List<CouncilV1> read() throws IOException {
        try (InputStream in = V2__Seed_councils.class.getResourceAsStream("/seed/councils.csv")) {
            if (in == null) {
                throw new IllegalStateException("seed/councils.csv is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!header.startsWith("gss_code,name,lgbf_name,legacy_gss_code,ric_2017,lgbf_people_family,lgbf_other_family")) {
                throw new IllegalStateException("Unexpected councils.csv header: " + header);
            }
            List<CouncilV1> councils = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                councils.add(new CouncilV1(f[0], f[1], blankToNull(f[2]), blankToNull(f[3]), blankToNull(f[4]),
                        Integer.valueOf(f[5]), Integer.valueOf(f[6]), true));
            }
            return councils;
        }
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
