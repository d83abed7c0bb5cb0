package fr.portailfamilles.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * WebFlux loads the CSRF token lazily, so its cookie would only be written on a page that asks
 * for it; subscribing here makes every page carry the {@code XSRF-TOKEN} cookie that the pages'
 * scripts send back as {@code X-XSRF-TOKEN}.
 */
@Component
class CsrfCookieFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
    }
}
