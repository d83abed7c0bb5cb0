package fr.portailfamilles.platform;

import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.platform.testapp.Counters;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/** A minimal service that uses the platform the way the portal's services do. */
@SpringBootApplication(scanBasePackages = "fr.portailfamilles.platform.testapp")
public class MessagingTestApplication {

    @Bean
    Consumer<Message<String>> countIncrement(Counters counters) {
        return message -> counters.on(InboundEvent.from(message));
    }
}
