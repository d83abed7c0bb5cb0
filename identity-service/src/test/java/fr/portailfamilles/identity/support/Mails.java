package fr.portailfamilles.identity.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mails the service sent: their text and HTML parts and the password link they carry. */
public final class Mails {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/mot-de-passe/definir\\?jeton=[A-Za-z0-9_-]+)");

    private Mails() {
    }

    public static String text(MimeMessage message) {
        return partsOf(message, "text/plain").stream().findFirst().orElse("");
    }

    public static String html(MimeMessage message) {
        return partsOf(message, "text/html").stream().findFirst().orElse("");
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The password link of a mail, as in its text part. */
    public static String passwordLink(MimeMessage message) {
        Matcher matcher = LINK.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No password link in: " + text(message));
        }
        return matcher.group(1);
    }

    /** The secret of a password link. */
    public static String tokenOf(String link) {
        return link.substring(link.indexOf("jeton=") + "jeton=".length());
    }

    private static List<String> partsOf(Part part, String type) {
        List<String> found = new ArrayList<>();
        try {
            if (part.isMimeType(type)) {
                found.add(part.getContent().toString());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    found.addAll(partsOf(body, type));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
