package scot.quads.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The realm every deployment imports (deploy/keycloak/quads-realm.json) is held to what a public-sector service
 * needs: a password policy after the NCSC's guidance (length rather than composition rules, no forced expiry,
 * not the user name or email), and a one-time code required in the browser of everyone whose role includes
 * quads-otp-required, which ADES, ADES officers and link inspectors do and councils' users do not.
 */
class RealmSecurityTest {

    private static final String STAFF = "quads-otp-required";

    private final JsonNode realm = read();

    @Test
    void passwordsFollowTheNcscGuidanceLongRatherThanComplexAndNeverForcedToExpire() {
        String policy = realm.path("passwordPolicy").asText();
        Matcher length = Pattern.compile("(?<![a-zA-Z])length\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find(), "a minimum length: " + policy);
        assertTrue(Integer.parseInt(length.group(1)) >= 12, "at least 12 characters (three random words): " + policy);
        Matcher max = Pattern.compile("maxLength\\((\\d+)\\)").matcher(policy);
        assertTrue(max.find() && Integer.parseInt(max.group(1)) >= 64, "long passphrases allowed: " + policy);
        for (String rule : List.of("notUsername", "notEmail", "passwordHistory")) {
            assertTrue(policy.contains(rule + "("), rule + " in " + policy);
        }
        // The NCSC advises against composition rules and regular expiry: they make passwords weaker in practice.
        for (String rule : List.of("upperCase", "lowerCase", "specialChars", "digits", "forceExpiredPasswordChange")) {
            assertFalse(policy.contains(rule + "("), rule + " is not in the policy: " + policy);
        }
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "repeated failures lock the account for a while");
    }

    @Test
    void adesOfficersAndLinkInspectorsMustGiveAOneTimeCodeAndCouncilUsersOnlyIfTheySetOneUp() {
        Map<String, JsonNode> roles = new HashMap<>();
        realm.path("roles").path("realm").forEach(role -> roles.put(role.path("name").asText(), role));
        assertNotNull(roles.get(STAFF), "the role that requires a one-time code");
        for (String staff : List.of("ades-admin", "ades-officer", "es-link")) {
            assertTrue(composites(roles.get(staff)).contains(STAFF), staff + " includes " + STAFF);
        }
        for (String council : List.of("authority-editor", "authority-viewer", "quads-metrics")) {
            assertFalse(composites(roles.get(council)).contains(STAFF), council + " does not include " + STAFF);
        }

        Map<String, JsonNode> flows = new HashMap<>();
        realm.path("authenticationFlows").forEach(flow -> flows.put(flow.path("alias").asText(), flow));
        Map<String, JsonNode> configs = new HashMap<>();
        realm.path("authenticatorConfig").forEach(c -> configs.put(c.path("alias").asText(), c.path("config")));
        JsonNode browser = flows.get(realm.path("browserFlow").asText());
        assertNotNull(browser, "the browser flow the realm names is defined in it");
        assertTrue(browser.path("topLevel").asBoolean());

        // Somewhere under the browser flow, a conditional subflow whose conditions are "has role STAFF" and whose
        // step is the OTP form, both required: reached after the password, on every sign-in of such a user.
        List<JsonNode> conditional = new ArrayList<>();
        collectSubflows(browser, flows, conditional);
        JsonNode staffCode = conditional.stream()
                .filter(flow -> has(flow, "conditional-user-role", configs, "false") && has(flow, "auth-otp-form"))
                .findFirst().orElse(null);
        assertNotNull(staffCode, "a conditional subflow asks for a one-time code of role " + STAFF);
        // The code is required, not optional: the OTP form then makes a user without one set it up first.
        assertTrue(requirement(staffCode, "auth-otp-form").equals("REQUIRED"));
        JsonNode others = conditional.stream().filter(flow -> has(flow, "conditional-user-configured")).findFirst()
                .orElse(null);
        assertNotNull(others, "anyone else who set up a code is asked for it");
        assertTrue(has(others, "conditional-user-role", configs, "true"), "but not a second time for " + STAFF);

        // Every flow the realm names, and every subflow an execution names, is defined in the realm (an import with
        // flows of its own creates only some of the defaults: the browser, direct grant and registration flows are
        // ours to give).
        for (String binding : List.of("browserFlow", "directGrantFlow", "registrationFlow")) {
            assertNotNull(flows.get(realm.path(binding).asText()), binding + " is defined");
        }
        flows.values().forEach(flow -> flow.path("authenticationExecutions").forEach(execution -> {
            if (execution.path("authenticatorFlow").asBoolean()) {
                assertNotNull(flows.get(execution.path("flowAlias").asText()), execution.toString());
            }
            if (execution.has("authenticatorConfig")) {
                assertNotNull(configs.get(execution.path("authenticatorConfig").asText()), execution.toString());
            }
        }));
        assertEquals("totp", realm.path("otpPolicyType").asText());
    }

    @Test
    void descriptionsFitKeycloaksColumns() {
        // Keycloak stores a flow's, a role's and a client's description in VARCHAR(255): a longer one fails the whole
        // import.
        realm.path("clients").forEach(client -> assertTrue(client.path("description").asText().length() <= 255,
                client.path("clientId").asText()));
        realm.path("authenticationFlows").forEach(flow -> assertTrue(flow.path("description").asText().length() <= 255,
                flow.path("alias").asText()));
        realm.path("roles").path("realm").forEach(role -> assertTrue(role.path("description").asText().length() <= 255,
                role.path("name").asText()));
    }

    @Test
    void thePortalsIdTokenCarriesTheRealmRolesItReadsAccessBy() {
        // The portal takes roles from the ID token (quarkus.oidc.roles.source=idtoken), where Keycloak's built-in
        // "roles" scope does not put them: without this mapper every signed-in user would have no role.
        JsonNode portal = null;
        for (JsonNode client : realm.path("clients")) {
            if ("quads-portal".equals(client.path("clientId").asText())) {
                portal = client;
            }
        }
        assertNotNull(portal, "client quads-portal");
        boolean mapped = false;
        for (JsonNode mapper : portal.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            mapped |= "oidc-usermodel-realm-role-mapper".equals(mapper.path("protocolMapper").asText())
                    && "true".equals(config.path("id.token.claim").asText())
                    && "realm_access.roles".equals(config.path("claim.name").asText());
        }
        assertTrue(mapped, "quads-portal maps realm roles into the ID token's realm_access.roles");
    }

    private static List<String> composites(JsonNode role) {
        List<String> names = new ArrayList<>();
        role.path("composites").path("realm").forEach(name -> names.add(name.asText()));
        return names;
    }

    private static void collectSubflows(JsonNode flow, Map<String, JsonNode> flows, List<JsonNode> conditional) {
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            if (execution.path("authenticatorFlow").asBoolean()) {
                JsonNode sub = flows.get(execution.path("flowAlias").asText());
                if (sub != null) {
                    if ("CONDITIONAL".equals(execution.path("requirement").asText())) {
                        conditional.add(sub);
                    }
                    collectSubflows(sub, flows, conditional);
                }
            }
        }
    }

    private static boolean has(JsonNode flow, String authenticator) {
        return requirement(flow, authenticator).equals("REQUIRED");
    }

    /** The flow has a required role condition on {@link #STAFF} with that negation. */
    private static boolean has(JsonNode flow, String authenticator, Map<String, JsonNode> configs, String negate) {
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            if (authenticator.equals(execution.path("authenticator").asText())
                    && "REQUIRED".equals(execution.path("requirement").asText())) {
                JsonNode config = configs.get(execution.path("authenticatorConfig").asText());
                if (config != null && STAFF.equals(config.path("condUserRole").asText())
                        && negate.equals(config.path("negate").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String requirement(JsonNode flow, String authenticator) {
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            if (authenticator.equals(execution.path("authenticator").asText())) {
                return execution.path("requirement").asText();
            }
        }
        return "";
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Manifests.DEPLOY.resolve("keycloak/quads-realm.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
