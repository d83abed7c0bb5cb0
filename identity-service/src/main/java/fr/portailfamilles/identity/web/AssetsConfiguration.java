package fr.portailfamilles.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the pages' CSS under {@code /identity-assets/}, the only asset path the gateway routes
 * to this service: Pico CSS from its WebJar (version resolved by the WebJars locator) and the
 * service's own style sheet.
 */
@Configuration(proxyBeanMethods = false)
class AssetsConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/identity-assets/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        registry.addResourceHandler("/identity-assets/**")
                .addResourceLocations("classpath:/static/identity-assets/");
    }
}
