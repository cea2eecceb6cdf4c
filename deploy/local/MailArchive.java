import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * GreenMail keeps mail in memory only. Before ./quads down stops it, this saves every
 * mailbox's INBOX through GreenMail's REST API as DIR/<address>/INBOX/<uid>.eml, the layout
 * GreenMail preloads at start (greenmail.preload.dir), so that mail survives down/up.
 *
 * Usage: java -cp '.quads/lib/tools/*' deploy/local/MailArchive.java API_URL DIR
 */
public class MailArchive {

    public static void main(String[] args) throws Exception {
        var api = args[0].replaceAll("/+$", "");
        var target = Path.of(args[1]);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var json = new ObjectMapper();

        var fresh = target.resolveSibling(target.getFileName() + ".new");
        deleteTree(fresh);
        int messages = 0;
        int mailboxes = 0;
        for (var user : get(http, json, api + "/api/user")) {
            var address = user.path("email").asText();
            if (address.isBlank() || address.contains("/") || address.startsWith(".")) {
                continue;
            }
            var inbox = fresh.resolve(address).resolve("INBOX");
            var list = get(http, json, api + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                    + "/messages/INBOX");
            if (list.isEmpty()) {
                continue;
            }
            Files.createDirectories(inbox);
            mailboxes++;
            int n = 0;
            for (var message : list) {
                var name = String.format("%06d.eml", ++n);
                Files.writeString(inbox.resolve(name), message.path("mimeMessage").asText(), StandardCharsets.UTF_8);
                messages++;
            }
        }
        Files.createDirectories(fresh);
        deleteTree(target);
        Files.move(fresh, target);
        System.out.printf("Saved %d mail(s) of %d mailbox(es) to %s%n", messages, mailboxes, target);
    }

    static JsonNode get(HttpClient http, ObjectMapper json, String url) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
