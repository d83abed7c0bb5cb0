package fr.portailfamilles.identity.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One GreenMail SMTP server for the test JVM, on a free port, that every Spring context of the
 * module sends its mails to (so other modules' builds on this machine never collide on 3025).
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(ServerSetup.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        }
        return server;
    }

    /** Every message received so far whose recipients include {@code address}. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(get().getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points every test context at the shared SMTP server; stateless, so contexts stay cached as one. */
    public static final class CustomizerFactory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            GreenMail mail = get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server",
                    Map.of("spring.mail.host", mail.getSmtp().getBindTo(),
                            "spring.mail.port", mail.getSmtp().getPort())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
