package scot.quads.support.problem;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import scot.quads.testing.PostgresTestResource;

/**
 * The test database reached through a switch on loopback: {@link #cut()} drops every open connection and refuses new
 * ones at once, as a PostgreSQL that died or is restarting does; {@link #restore()} lets connections through again.
 */
public class PostgresBehindASwitch implements QuarkusTestResourceLifecycleManager {

    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean cut;
    private static ServerSocket listener;

    /** Drops every connection to the database and refuses new ones until {@link #restore()}. */
    public static void cut() {
        cut = true;
        for (Socket socket : OPEN) {
            close(socket);
        }
    }

    public static void restore() {
        cut = false;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> database = new HashMap<>(new PostgresTestResource().start());
        String url = database.get("quarkus.datasource.jdbc.url");
        URI target = URI.create(url.substring("jdbc:".length()));
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> accept(target.getHost(), target.getPort()), "postgres-switch");
        acceptor.setDaemon(true);
        acceptor.start();
        database.put("quarkus.datasource.jdbc.url",
                url.replace(target.getHost() + ":" + target.getPort(), "127.0.0.1:" + listener.getLocalPort()));
        return database;
    }

    @Override
    public void stop() {
        cut();
        close(listener);
    }

    private static void accept(String host, int port) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    close(client);
                    continue;
                }
                Socket server = new Socket(host, port);
                OPEN.add(client);
                OPEN.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // The listener closed, or one connection failed to open: the loop decides.
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // Either side went away.
            } finally {
                close(from);
                close(to);
            }
        }, "postgres-switch-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // Already closed.
        }
        if (closeable instanceof Socket socket) {
            OPEN.remove(socket);
        }
    }
}
