package fr.portailfamilles.e2e;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mails the SMTP catcher received for one address, read through its REST API and decoded. */
public final class Mailbox {

    public record Mail(String subject, String text) {
    }

    private final String mailViewerUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    public Mailbox(String mailViewerUrl) {
        this.mailViewerUrl = mailViewerUrl;
    }

    public List<Mail> of(String email) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(mailViewerUrl + "/api/user/"
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<Mail> mails = new ArrayList<>();
        if (answer.statusCode() != 200) {
            return mails;
        }
        for (JsonNode message : json.readTree(answer.body())) {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(message.get("mimeMessage").asString().getBytes(StandardCharsets.UTF_8)));
            mails.add(new Mail(mime.getSubject(), text(mime.getContent())));
        }
        return mails;
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        if (content instanceof java.io.InputStream stream) {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
        return String.valueOf(content);
    }
}
