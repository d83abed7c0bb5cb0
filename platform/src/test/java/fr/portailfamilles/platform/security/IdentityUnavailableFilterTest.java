package fr.portailfamilles.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import tools.jackson.databind.json.JsonMapper;

class IdentityUnavailableFilterTest {

    final IdentityUnavailableFilter filter = new IdentityUnavailableFilter(JsonMapper.builder().build());

    @Test
    void answersAFrench503WhenTheKeysCannotBeFetched() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/families/me"), response, (request, ignored) -> {
            throw new AuthenticationServiceException("An error occurred while attempting to decode the Jwt");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("identification-indisponible", "momentanément indisponible");
    }

    @Test
    void letsEveryOtherFailureThrough() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/x"),
                new MockHttpServletResponse(), (request, ignored) -> {
                    throw new ServletException("something else");
                })).isInstanceOf(ServletException.class);
    }
}
