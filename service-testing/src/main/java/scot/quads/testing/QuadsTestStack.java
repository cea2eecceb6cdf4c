package scot.quads.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.extension.ExtendWith;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a {@code @QuarkusTest}: runs the service against real PostgreSQL, a real Kafka broker and the OIDC test
 * server, all in the test JVM. Services point {@code quarkus.oidc.auth-server-url} at
 * {@code ${keycloak.url}/realms/quarkus} in their test profile. Every request the test makes with REST Assured,
 * and its answer, is held to the service's own OpenAPI ({@link OpenApiContract}).
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@ExtendWith(OpenApiContractExtension.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QuadsTestStack {
}
