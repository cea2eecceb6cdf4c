package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WireTest {

    private final Wire wire = new Wire();
    private HttpServer server;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<String> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        wire.closeAll();
        if (server != null) {
            server.stop(0);
        }
    }

    private URI serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("If-Match") + " "
                    + new String(body, StandardCharsets.UTF_8));
            String path = exchange.getRequestURI().getPath();
            exchange.getResponseHeaders().add("ETag", "\"7\"");
            if (path.equals("/empty")) {
                exchange.sendResponseHeaders(204, -1);
            } else if (path.equals("/chunked")) {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 3000; i++) {
                        out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                }
            } else {
                byte[] answer = ("{\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(path.equals("/missing") ? 404 : 200, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void sendsTheRequestAsWrittenAndReadsTheWholeResponse() throws IOException {
        URI base = serve();
        Wire.Response response = wire.exchange("PUT", base.resolve("/answers/1.1?x=1"),
                Map.of("If-Match", "\"3\"", "Content-Type", "application/json"),
                "{\"level\":4,\"evidence\":\"naïve\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("etag")).isEqualTo("\"7\"");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"path\":\"/answers/1.1\"}");
        assertThat(received).containsExactly("PUT /answers/1.1?x=1 \"3\" {\"level\":4,\"evidence\":\"naïve\"}");
    }

    @Test
    void keepsOneConnectionPerThreadAcrossRequests() throws IOException {
        URI base = serve();
        for (int i = 0; i < 5; i++) {
            assertThat(wire.exchange("GET", base.resolve("/r" + i), Map.of(), null).status()).isEqualTo(200);
        }
        assertThat(wire.exchange("GET", base.resolve("/missing"), Map.of(), null).status()).isEqualTo(404);
        assertThat(wire.exchange("POST", base.resolve("/empty"), Map.of(), null).body()).isEmpty();

        assertThat(clientPorts).as("every request on the same kept-alive connection").hasSize(1);
        assertThat(received).hasSize(7);
    }

    @Test
    void readsAChunkedBodyWhole() throws IOException {
        URI base = serve();
        byte[] body = wire.exchange("GET", base.resolve("/chunked"), Map.of(), null).body();

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("line 0\n").endsWith("line 2999\n");
        assertThat(text.split("\n")).hasSize(3000);
        assertThat(wire.exchange("GET", base.resolve("/after"), Map.of(), null).status())
                .as("the connection is still usable after the last chunk").isEqualTo(200);
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void sendsAgainOnANewConnectionWhenTheServerClosedAnIdleOne() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            List<String> requests = new CopyOnWriteArrayList<>();
            Thread serverThread = new Thread(() -> {
                try {
                    for (int connection = 0; connection < 2; connection++) {
                        try (Socket socket = listener.accept()) {
                            requests.add(readHead(socket.getInputStream()));
                            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                                    .getBytes(StandardCharsets.ISO_8859_1));
                            socket.getOutputStream().flush();
                        } // closed after one answer, though the client keeps it as alive
                    }
                } catch (IOException ignored) {
                    // the test's assertions tell
                }
            });
            serverThread.start();
            URI base = URI.create("http://127.0.0.1:" + listener.getLocalPort());

            assertThat(wire.exchange("GET", base.resolve("/first"), Map.of(), null).status()).isEqualTo(200);
            Thread.sleep(100);
            Wire.Response second = wire.exchange("GET", base.resolve("/second"), Map.of(), null);

            assertThat(second.status()).isEqualTo(200);
            assertThat(new String(second.body(), StandardCharsets.ISO_8859_1)).isEqualTo("ok");
            serverThread.join(5_000);
            assertThat(requests).hasSize(2);
            assertThat(requests.get(1)).startsWith("GET /second HTTP/1.1");
        }
    }

    @Test
    void aBodyCutShortIsAnErrorNotAShortResponse() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread serverThread = new Thread(() -> {
                try (Socket socket = listener.accept()) {
                    readHead(socket.getInputStream());
                    socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"
                            .getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException ignored) {
                    // the client's error tells
                }
            });
            serverThread.start();
            URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/cut");

            assertThatThrownBy(() -> wire.exchange("GET", uri, Map.of(), null)).isInstanceOf(IOException.class)
                    .hasMessageContaining("3 of 10");
            serverThread.join(5_000);
        }
    }

    @Test
    void refusesWhatItDoesNotSpeak() {
        assertThatThrownBy(() -> wire.exchange("GET", URI.create("https://127.0.0.1:1/"), Map.of(), null))
                .isInstanceOf(IOException.class).hasMessageContaining("only http://");
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c == -1) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }
}
