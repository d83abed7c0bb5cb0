package fr.portailfamilles.identity.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The plain-text versions of the mails, {@code templates/mail-texte/*.txt}, read in Thymeleaf's text mode. */
@Configuration(proxyBeanMethods = false)
class MailTemplates {

    @Bean
    ClassLoaderTemplateResolver textMailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of("mail-texte/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(1);
        return resolver;
    }
}
