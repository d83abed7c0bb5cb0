package fr.portailfamilles.gateway.pages;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webflux.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;

/** Gives the HTML error pages the same header as the other pages: they are rendered outside any controller. */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    private final Town town;

    ErrorPageAttributes(Town town) {
        this.town = town;
    }

    @Override
    public Map<String, Object> getErrorAttributes(ServerRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.put("commune", town);
        return attributes;
    }
}
