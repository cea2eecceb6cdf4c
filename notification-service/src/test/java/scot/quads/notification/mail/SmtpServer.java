package scot.quads.notification.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.CommandMap;
import jakarta.activation.MailcapCommandMap;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A real SMTP server (GreenMail) on a fixed port for the whole test run, which a test can stop and start again. */
public final class SmtpServer {

    private final int port;
    private GreenMail greenMail;

    SmtpServer(int port) {
        this.port = port;
    }

    public synchronized void start() {
        if (greenMail == null) {
            useJakartaMailHandlers();
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /**
     * The tests' classpath also holds the old javax.mail API (the JSON Schema library under the OpenAPI validator
     * needs it for its email format), whose META-INF/mailcap names content handlers for javax.activation; Jakarta
     * Mail would pick them for text/plain and fail to load them. Handlers registered here come before any file's, so
     * the server reads what it receives with Jakarta Mail's own.
     */
    private static void useJakartaMailHandlers() {
        MailcapCommandMap handlers = new MailcapCommandMap();
        for (String type : List.of("text/plain", "text/html", "text/xml")) {
            handlers.addMailcap(type + ";; x-java-content-handler=org.eclipse.angus.mail.handlers."
                    + type.replace('/', '_'));
        }
        handlers.addMailcap("multipart/*;; x-java-content-handler=org.eclipse.angus.mail.handlers.multipart_mixed");
        handlers.addMailcap("message/rfc822;; x-java-content-handler=org.eclipse.angus.mail.handlers.message_rfc822");
        CommandMap.setDefaultCommandMap(handlers);
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every mail received since the server last started, to this address. */
    public synchronized List<Received> to(String address) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase(Locale.ROOT)))
                .map(SmtpServer::read)
                .toList();
    }

    /** One received mail: its subject and its plain-text and HTML bodies. */
    public record Received(String subject, String text, String html) {
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(a -> a.toString().toLowerCase(Locale.ROOT)).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received read(MimeMessage message) {
        try {
            String text = null;
            String html = null;
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.getContent() instanceof Multipart inner) {
                        for (int j = 0; j < inner.getCount(); j++) {
                            BodyPart alternative = inner.getBodyPart(j);
                            if (alternative.isMimeType("text/plain")) {
                                text = alternative.getContent().toString();
                            } else if (alternative.isMimeType("text/html")) {
                                html = alternative.getContent().toString();
                            }
                        }
                    } else if (part.isMimeType("text/plain")) {
                        text = part.getContent().toString();
                    } else if (part.isMimeType("text/html")) {
                        html = part.getContent().toString();
                    }
                }
            } else {
                text = content.toString();
            }
            return new Received(message.getSubject(), text, html);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
