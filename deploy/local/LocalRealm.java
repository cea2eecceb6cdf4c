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
 * users (password "demo"; one of them, ADES_OTP, with a one-time code of a known key)
 * and an SMTP server pointing at the local mail catcher. Given a fourth argument, it also writes there a second
 * realm, council-idp, that stands in for a council's own identity provider (Microsoft Entra ID or any OpenID
 * Connect provider), and brokers it into the realm as docs/operations.md tells a deployment to broker a council's.
 *
 * Usage: java -cp '.quads/lib/tools/*' deploy/local/LocalRealm.java BASE_REALM COUNCILS_CSV OUTPUT [BROKER_OUTPUT]
 */
public class LocalRealm {

    static final String PASSWORD = "demo";
    static final String EMAIL_DOMAIN = "demo.quads.invalid";
    /** The demo partner invited to one session; her email is GUEST@EMAIL_DOMAIN. */
    static final String GUEST = "cld-guest";
    /** ADES with a one-time code: the browser flow asks for it after the password, as it asks every ADES login of a
     * deployment. */
    static final String ADES_OTP = "ades-otp";
    /**
     * The key of ADES_OTP's authenticator (TOTP, HmacSHA1, 6 digits, 30 s, as the realm's OTP policy), in Base32 as
     * an authenticator app takes it. Known on purpose: SignInWithCodeIT computes the codes from it. Local realm only.
     */
    static final String ADES_OTP_KEY = "QUADSLOCALDEMOONETIMECODEADES234";

    /** The stand-in for a council's own identity provider: a realm of this Keycloak, with its own users. */
    static final String PROVIDER_REALM = "council-idp";
    /** The provider's alias in realm quads (its login button's id is "social-" + alias). */
    static final String PROVIDER_ALIAS = "fife-council-idp";
    static final String PROVIDER_COUNCIL = "S12000047";
    static final String PROVIDER_CLIENT = "quads-broker";
    /** The broker's client secret at the stand-in provider: local only (a deployment keeps it in Keycloak's vault). */
    static final String PROVIDER_SECRET = "council-idp-local-demo-secret";
    /** The app role a council gives its editors (an Entra ID app role, sent in the "roles" claim). */
    static final String EDITOR_APP_ROLE = "Quads.Editor";
    static final String KEYCLOAK_URL = System.getProperty("quads.keycloak.url", "http://localhost:8180");

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: LocalRealm BASE_REALM COUNCILS_CSV OUTPUT [BROKER_OUTPUT]");
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
        users.add(withOneTimeCode(user(mapper, ADES_OTP, "ADES", "Administrator with a code", "ades-admin", null)));
        addAll(realm.withArray("users"), users);

        var output = Path.of(args[2]);
        write(mapper, realm, output);
        System.out.printf("Local realm %s: %d demo users, client quads-cli -> %s%n",
                realm.path("realm").asText(), users.size(), output);
        if (args.length == 4) {
            var provider = councilProvider(mapper);
            brokerCouncilProvider(realm);
            write(mapper, realm, output);
            write(mapper, provider, Path.of(args[3]));
            System.out.printf("Realm %s (a council's identity provider, brokered into %s as %s): %d users -> %s%n",
                    PROVIDER_REALM, realm.path("realm").asText(), PROVIDER_ALIAS, provider.path("users").size(),
                    args[3]);
        }
    }

    static void write(ObjectMapper mapper, ObjectNode realm, Path output) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, mapper.writeValueAsString(realm) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Gives a demo user role quads-otp-required (which the local realm takes out of ADES's, the officers' and the
     * link inspectors' roles) and an authenticator of the known key ADES_OTP_KEY, so that the realm's conditional
     * flow "quads staff one-time code" asks for a code after the password, exactly as in a deployment.
     */
    static ObjectNode withOneTimeCode(ObjectNode user) {
        ((ArrayNode) user.path("realmRoles")).add("quads-otp-required");
        var otp = ((ArrayNode) user.path("credentials")).addObject();
        otp.put("type", "otp");
        otp.put("userLabel", "Demo authenticator (key " + ADES_OTP_KEY + ")");
        // Keycloak's stored form of an OTP credential: the key, and how to use it (Base32, as an app takes it).
        otp.put("secretData", "{\"value\":\"" + ADES_OTP_KEY + "\"}");
        otp.put("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                + "\"algorithm\":\"HmacSHA1\",\"secretEncoding\":\"BASE32\"}");
        return user;
    }

    /**
     * The second realm: Fife Council's identity provider as a council's Entra ID tenant would be for Quads. It has
     * its own users (password "demo"), an application registration for Quads' Keycloak (client quads-broker) and the
     * app role Quads.Editor, sent in the ID token's "roles" claim as Entra ID sends app roles.
     */
    static ObjectNode councilProvider(ObjectMapper mapper) {
        var realm = mapper.createObjectNode();
        realm.put("realm", PROVIDER_REALM);
        realm.put("displayName", "Fife Council staff sign-in (local stand-in for the council's own provider)");
        realm.put("enabled", true);
        realm.put("registrationAllowed", false);
        realm.put("loginWithEmailAllowed", true);
        realm.putObject("roles").putArray("realm").addObject().put("name", EDITOR_APP_ROLE)
                .put("description", "Fife's staff who edit Fife's self-evaluation in Quads");

        var client = realm.putArray("clients").addObject();
        client.put("clientId", PROVIDER_CLIENT);
        client.put("name", "Quads (application registered by Fife Council)");
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", false);
        client.put("clientAuthenticatorType", "client-secret");
        client.put("secret", PROVIDER_SECRET);
        client.put("standardFlowEnabled", true);
        client.put("directAccessGrantsEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("serviceAccountsEnabled", false);
        client.put("fullScopeAllowed", true);
        client.putArray("redirectUris").add(KEYCLOAK_URL + "/realms/quads/broker/" + PROVIDER_ALIAS + "/endpoint");
        client.putObject("attributes").put("pkce.code.challenge.method", "S256");
        var roles = client.putArray("protocolMappers").addObject();
        roles.put("name", "app roles");
        roles.put("protocol", "openid-connect");
        roles.put("protocolMapper", "oidc-usermodel-realm-role-mapper");
        roles.putObject("config").put("claim.name", "roles").put("multivalued", "true")
                .put("jsonType.label", "String").put("id.token.claim", "true").put("access.token.claim", "true")
                .put("userinfo.token.claim", "true");

        var users = realm.putArray("users");
        users.add(providerUser(mapper, "fife-staff-editor", "Eilidh", "Brown", EDITOR_APP_ROLE));
        users.add(providerUser(mapper, "fife-staff-viewer", "Callum", "Reid", null));
        return realm;
    }

    static ObjectNode providerUser(ObjectMapper mapper, String username, String firstName, String lastName,
                                   String appRole) {
        var user = mapper.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@fife." + EMAIL_DOMAIN);
        user.put("emailVerified", true);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        var credential = user.putArray("credentials").addObject();
        credential.put("type", "password");
        credential.put("value", PASSWORD);
        credential.put("temporary", false);
        if (appRole != null) {
            user.putArray("realmRoles").add(appRole);
        }
        return user;
    }

    /**
     * Brokers the stand-in provider into realm quads with the mappers docs/operations.md gives a deployment for a
     * council's provider: the council's authority hard-coded, everyone a viewer, the app role Quads.Editor an editor.
     */
    static void brokerCouncilProvider(ObjectNode realm) {
        var issuer = KEYCLOAK_URL + "/realms/" + PROVIDER_REALM;
        var endpoints = issuer + "/protocol/openid-connect";
        var provider = realm.withArray("identityProviders").addObject();
        provider.put("alias", PROVIDER_ALIAS);
        provider.put("displayName", "Fife Council staff (demo provider)");
        provider.put("providerId", "oidc");
        provider.put("enabled", true);
        provider.put("trustEmail", true);
        provider.put("firstBrokerLoginFlowAlias", "first broker login");
        provider.putObject("config")
                .put("issuer", issuer)
                .put("authorizationUrl", endpoints + "/auth")
                .put("tokenUrl", endpoints + "/token")
                .put("userInfoUrl", endpoints + "/userinfo")
                .put("logoutUrl", endpoints + "/logout")
                .put("jwksUrl", endpoints + "/certs")
                .put("useJwksUrl", "true").put("validateSignature", "true")
                .put("pkceEnabled", "true").put("pkceMethod", "S256")
                .put("clientId", PROVIDER_CLIENT).put("clientSecret", PROVIDER_SECRET)
                .put("clientAuthMethod", "client_secret_post").put("defaultScope", "openid profile email")
                .put("syncMode", "FORCE");
        var mappers = realm.withArray("identityProviderMappers");
        providerMapper(mappers, "council", "hardcoded-attribute-idp-mapper")
                .put("attribute", "authority").put("attribute.value", PROVIDER_COUNCIL);
        providerMapper(mappers, "viewer by default", "oidc-hardcoded-role-idp-mapper")
                .put("role", "authority-viewer");
        providerMapper(mappers, "editors", "oidc-role-idp-mapper")
                .put("claim", "roles").put("claim.value", EDITOR_APP_ROLE).put("role", "authority-editor");
    }

    /** Adds a mapper of the stand-in provider; returns its config to fill. */
    static ObjectNode providerMapper(ArrayNode mappers, String name, String type) {
        var node = mappers.addObject();
        node.put("name", name);
        node.put("identityProviderAlias", PROVIDER_ALIAS);
        node.put("identityProviderMapper", type);
        var config = node.putObject("config");
        config.put("syncMode", "FORCE");
        return config;
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
