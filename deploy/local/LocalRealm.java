import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the realm that the local Keycloak of ./quads imports: the real realm
 * (deploy/keycloak/quads-realm.json) plus what exists only on a developer's machine:
 * the public client quads-cli with direct access grants, the portal client's localhost addresses, the demo
 * users (password "demo")
 * and an SMTP server pointing at the local mail catcher.
 *
 * Usage: java -cp '.quads/lib/tools/*' deploy/local/LocalRealm.java BASE_REALM COUNCILS_CSV OUTPUT
 */
public class LocalRealm {

    static final String PASSWORD = "demo";
    static final String EMAIL_DOMAIN = "demo.quads.invalid";
    /** The demo partner invited to one session; her email is GUEST@EMAIL_DOMAIN. */
    static final String GUEST = "cld-guest";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LocalRealm BASE_REALM COUNCILS_CSV OUTPUT");
            System.exit(2);
        }
        var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        var realm = (ObjectNode) mapper.readTree(Path.of(args[0]).toFile());
        var councils = readCouncils(Path.of(args[1]));

        realm.put("displayName", realm.path("displayName").asText("Quads") + " (local demo)");
        realm.set("smtpServer", smtpServer(mapper));
        relaxForDemo(realm);
        addAll(realm.withArray("clients"), List.of(cliClient(mapper)));
        allowLocalPortal(realm);

        var users = new ArrayList<ObjectNode>();
        users.add(user(mapper, "ades", "ADES", "Administrator", "ades-admin", null));
        for (var council : councils) {
            users.add(user(mapper, usernameOf(council.name()), council.name(), "Editor",
                    "authority-editor", council.gssCode()));
            users.add(user(mapper, usernameOf(council.name()) + "-viewer", council.name(), "Viewer",
                    "authority-viewer", council.gssCode()));
        }
        // Assigned to demo quads by the demo data (system-tests' DemoData), not here: assignments are quad-service's.
        users.add(user(mapper, "ades-officer-1", "ADES", "Officer One", "ades-officer", null));
        users.add(user(mapper, "ades-officer-2", "ADES", "Officer Two", "ades-officer", null));
        users.add(user(mapper, "link-inspector-1", "Link", "Inspector One", "es-link", null));
        users.add(user(mapper, "link-inspector-2", "Link", "Inspector Two", "es-link", null));
        // Invited to one demo session by the demo data (system-tests' LivingDemo): invitations are quad-service's, and
        // matched by this user's verified email.
        users.add(user(mapper, GUEST, "Morag", "Lindsay", "quad-guest", null));
        addAll(realm.withArray("users"), users);

        var output = Path.of(args[2]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, mapper.writeValueAsString(realm) + "\n", StandardCharsets.UTF_8);
        System.out.printf("Local realm %s: %d demo users, client quads-cli -> %s%n",
                realm.path("realm").asText(), users.size(), output);
    }

    /**
     * The demo logins sign in with the password "demo" and no second factor: the real realm's password policy (12
     * characters at least) and its one-time code for ADES, officers and link inspectors (their roles include
     * quads-otp-required) are left out of the local realm only. The flows stay, so a local sign-in still goes
     * through them, and a demo user who sets up a code is asked for it.
     */
    static void relaxForDemo(ObjectNode realm) {
        realm.remove("passwordPolicy");
        for (var role : realm.path("roles").path("realm")) {
            var composites = role.path("composites").path("realm");
            if (composites.isArray()) {
                var kept = ((ArrayNode) composites).deepCopy();
                kept.removeAll();
                composites.forEach(name -> {
                    if (!name.asText().equals("quads-otp-required")) {
                        kept.add(name);
                    }
                });
                if (kept.isEmpty()) {
                    ((ObjectNode) role).remove("composites");
                    ((ObjectNode) role).put("composite", false);
                } else {
                    ((ObjectNode) role.path("composites")).set("realm", kept);
                }
            }
        }
    }

    /** "Na h-Eileanan Siar" -> "na-h-eileanan-siar", as ARCHITECTURE.md names the demo logins. */
    static String usernameOf(String councilName) {
        return councilName.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    static ObjectNode cliClient(ObjectMapper mapper) {
        var client = mapper.createObjectNode();
        client.put("clientId", "quads-cli");
        client.put("name", "Quads command line (local demo only)");
        client.put("description", "Public client for curl and scripts: password grant. Never in a real realm.");
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("serviceAccountsEnabled", false);
        client.put("fullScopeAllowed", true);
        return client;
    }

    /**
     * The portal of ./quads runs at http://localhost:8080: let the realm's portal client send users back there, and to
     * any other local port, so that a developer can run a second portal (e.g. from a branch) beside the stack's.
     */
    static void allowLocalPortal(ObjectNode realm) {
        for (var client : realm.withArray("clients")) {
            if ("quads-portal".equals(client.path("clientId").asText())) {
                var portal = (ObjectNode) client;
                portal.put("rootUrl", "http://localhost:8080");
                portal.putArray("redirectUris").add("http://localhost:8080/*").add("http://127.0.0.1:8080/*")
                        .add("http://localhost:*");
            }
        }
    }

    static ObjectNode user(ObjectMapper mapper, String username, String firstName, String lastName,
                           String role, String authority) {
        var user = mapper.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@" + EMAIL_DOMAIN);
        user.put("emailVerified", true);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        if (authority != null) {
            user.putObject("attributes").putArray("authority").add(authority);
        }
        var credential = user.putArray("credentials").addObject();
        credential.put("type", "password");
        credential.put("value", PASSWORD);
        credential.put("temporary", false);
        user.putArray("realmRoles").add("default-roles-quads").add(role);
        return user;
    }

    static ObjectNode smtpServer(ObjectMapper mapper) {
        var smtp = mapper.createObjectNode();
        smtp.put("host", "127.0.0.1");
        smtp.put("port", "3025");
        smtp.put("from", "keycloak@" + EMAIL_DOMAIN);
        smtp.put("fromDisplayName", "Quads (local)");
        smtp.put("auth", "false");
        smtp.put("ssl", "false");
        smtp.put("starttls", "false");
        return smtp;
    }

    static void addAll(ArrayNode array, List<ObjectNode> nodes) {
        nodes.forEach(array::add);
    }

    record Council(String gssCode, String name) {}

    /** Reads gss_code and name from councils.csv (header names, not positions). */
    static List<Council> readCouncils(Path csv) throws IOException {
        var lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        var header = splitCsv(lines.get(0).replace("\uFEFF", ""));
        int code = header.indexOf("gss_code");
        int name = header.indexOf("name");
        if (code < 0 || name < 0) {
            throw new IllegalArgumentException(csv + ": header needs gss_code and name, got " + header);
        }
        var councils = new ArrayList<Council>();
        for (var line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            var fields = splitCsv(line);
            councils.add(new Council(fields.get(code).trim(), fields.get(name).trim()));
        }
        if (councils.isEmpty()) {
            throw new IllegalArgumentException(csv + " lists no council");
        }
        return councils;
    }

    /** One CSV record: commas separate, double quotes may wrap a field ("" is a quote). */
    static List<String> splitCsv(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
