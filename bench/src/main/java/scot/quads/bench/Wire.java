package scot.quads.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The harness's HTTP/1.1 client: blocking sockets on loopback, one keep-alive connection per calling thread and
 * server. The harness shares the two cores with the services it measures, so its client has to cost little and add
 * nothing to the time it reports: the thread that sends a request writes it and reads the response itself, with no
 * selector or executor thread in between to be scheduled (java.net.http, which this replaced, took about 1.5 ms of
 * CPU per request and two hand-offs between threads). It speaks only what the harness needs: plain http, bodies
 * with Content-Length, chunked or up to the connection's close.
 */
final class Wire {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;
    private static final int MAX_HEADER_LINE = 16 * 1024;

    /** A whole response: status, headers by lower-case name, body bytes. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final ThreadLocal<Map<String, Connection>> connections = ThreadLocal.withInitial(HashMap::new);
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    /**
     * Sends one request and reads its whole response. A connection the server closed while it lay idle fails
     * before any byte of a response arrives; the request is then sent once more on a new connection.
     */
    Response exchange(String method, URI uri, Map<String, String> headers, byte[] body) throws IOException {
        if (!"http".equals(uri.getScheme())) {
            throw new IOException("only http:// is supported by the harness's client: " + uri);
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String authority = uri.getHost() + ":" + port;
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        byte[] head = head(method, target, authority, headers, body == null ? 0 : body.length);
        Map<String, Connection> mine = connections.get();
        Connection reused = mine.remove(authority);
        if (reused != null) {
            try {
                return finish(mine, authority, reused, reused.exchange(head, body, method));
            } catch (StaleConnection stale) {
                close(reused);
            } catch (IOException | RuntimeException e) {
                close(reused);
                throw e;
            }
        }
        Connection fresh = connect(uri.getHost(), port);
        try {
            return finish(mine, authority, fresh, fresh.exchange(head, body, method));
        } catch (IOException | RuntimeException e) {
            close(fresh);
            throw e;
        }
    }

    /** Closes every connection the harness opened, in whichever thread. */
    void closeAll() {
        open.forEach(this::close);
    }

    private Response finish(Map<String, Connection> mine, String authority, Connection connection,
            Response response) {
        String said = response.header("connection");
        if (said != null && said.equalsIgnoreCase("close") || connection.endedByClose) {
            close(connection);
        } else {
            mine.put(authority, connection);
        }
        return response;
    }

    private Connection connect(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        Connection connection = new Connection(socket);
        open.add(connection);
        return connection;
    }

    private void close(Connection connection) {
        open.remove(connection);
        try {
            connection.socket.close();
        } catch (IOException ignored) {
            // closing a connection we no longer use: nothing to do about it
        }
    }

    private static byte[] head(String method, String target, String authority, Map<String, String> headers,
            int length) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(authority).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (length > 0 || !"GET".equals(method)) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The server closed a kept-alive connection before answering: safe to send the request again. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("the server closed the kept-alive connection");
        }
    }

    private static final class Connection {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        boolean used;
        boolean endedByClose;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = socket.getOutputStream();
        }

        Response exchange(byte[] head, byte[] body, String method) throws IOException {
            boolean reused = used;
            used = true;
            try {
                if (body != null && body.length > 0 && head.length + body.length <= 64 * 1024) {
                    byte[] all = new byte[head.length + body.length];
                    System.arraycopy(head, 0, all, 0, head.length);
                    System.arraycopy(body, 0, all, head.length, body.length);
                    out.write(all);
                } else {
                    out.write(head);
                    if (body != null && body.length > 0) {
                        out.write(body);
                    }
                }
                out.flush();
            } catch (IOException e) {
                if (reused) {
                    throw new StaleConnection();
                }
                throw e;
            }
            String statusLine;
            try {
                statusLine = line(in);
            } catch (java.net.SocketException e) {
                if (reused) {
                    throw new StaleConnection();
                }
                throw e;
            }
            if (statusLine == null) {
                if (reused) {
                    throw new StaleConnection();
                }
                throw new EOFException("the server closed the connection without answering");
            }
            int status = status(statusLine);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).trim(), (first, next) -> first + ", " + next);
                }
            }
            byte[] content;
            String length = headers.get("content-length");
            String encoding = headers.get("transfer-encoding");
            if ("HEAD".equals(method) || status == 204 || status == 304 || status / 100 == 1) {
                content = new byte[0];
            } else if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                content = chunked(in);
            } else if (length != null) {
                content = in.readNBytes(Integer.parseInt(length.trim()));
                if (content.length < Integer.parseInt(length.trim())) {
                    throw new EOFException("the body ended after " + content.length + " of " + length + " bytes");
                }
            } else {
                content = in.readAllBytes();
                endedByClose = true;
            }
            return new Response(status, headers, content);
        }

        private static int status(String line) throws IOException {
            String[] parts = line.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x status line: " + Api.abbreviate(line));
            }
            try {
                return Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("not an HTTP status: " + Api.abbreviate(line), e);
            }
        }

        private static byte[] chunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line(in);
                if (sizeLine == null) {
                    throw new EOFException("the chunked body ended early");
                }
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                        // trailers: the harness reads none
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(size);
                if (chunk.length < size) {
                    throw new EOFException("a chunk ended after " + chunk.length + " of " + size + " bytes");
                }
                body.write(chunk);
                line(in);
            }
        }

        /** A CRLF-terminated line without its end, or null at the end of the stream before any byte. */
        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                if (line.length() >= MAX_HEADER_LINE) {
                    throw new IOException("a header line longer than " + MAX_HEADER_LINE + " bytes");
                }
                line.append((char) c);
            }
            if (line.length() == 0) {
                return null;
            }
            throw new EOFException("the stream ended inside a line");
        }
    }
}
