package scot.quads.notification.mail;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Map;

/** Starts GreenMail on a free port and points the mailer at it; tests get the server through {@link InjectSmtp}. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private SmtpServer server;

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectSmtp {
    }

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new SmtpServer(port);
        server.start();
        return Map.of("quarkus.mailer.port", String.valueOf(port), "quarkus.mailer.host", "127.0.0.1");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectSmtp.class, SmtpServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
