package cl.conveniosomm.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.RawHttpClient;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The client address the login throttle counts, with the app's own server settings
 * (application.yaml) and only Tomcat started: a client's X-Forwarded-For is not believed, even
 * where Spring Boot would trust private addresses on its own (Kubernetes); it is from the proxies
 * the operator names.
 */
class ClientAddressTest {

  @Test
  void aClientsXForwardedForIsIgnoredByDefault() {
    assertThat(addressSeen("--omm.unused=x")).isEqualTo("127.0.0.1");
  }

  @Test
  void aClientsXForwardedForIsIgnoredOnKubernetesToo() {
    assertThat(addressSeen("--spring.main.cloud-platform=kubernetes")).isEqualTo("127.0.0.1");
  }

  @Test
  void aNativeStrategyWithoutNamedProxiesBelievesNoOne() {
    assertThat(addressSeen("--OMM_FORWARD_HEADERS_STRATEGY=native")).isEqualTo("127.0.0.1");
  }

  @Test
  void theNamedLoadBalancersXForwardedForIsBelieved() {
    assertThat(
            addressSeen(
                "--OMM_FORWARD_HEADERS_STRATEGY=native", "--OMM_TRUSTED_PROXIES=127\\.0\\.0\\.1"))
        .as("the last address the trusted proxy appended")
        .isEqualTo("198.51.100.7");
  }

  private static String addressSeen(String... settings) {
    String[] args = new String[settings.length + 2];
    System.arraycopy(settings, 0, args, 0, settings.length);
    args[settings.length] = "--server.port=0";
    args[settings.length + 1] = "--spring.main.banner-mode=off";
    try (var context =
        (ServletWebServerApplicationContext)
            new SpringApplicationBuilder(EchoServer.class)
                .web(WebApplicationType.SERVLET)
                .run(args)) {
      int port = context.getWebServer().getPort();
      // a forged first address, then the one a proxy would append
      return new RawHttpClient("127.0.0.1", port)
          .get("/direccion", "X-Forwarded-For", "203.0.113.66, 198.51.100.7")
          .body()
          .trim();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Import({
    ServletWebServerFactoryAutoConfiguration.class,
    EmbeddedWebServerFactoryCustomizerAutoConfiguration.class
  })
  static class EchoServer {

    @Bean
    ServletRegistrationBean<HttpServlet> direccion() {
      return new ServletRegistrationBean<>(
          new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
              response.setContentLength(request.getRemoteAddr().length());
              response.getWriter().write(request.getRemoteAddr());
            }
          },
          "/direccion");
    }
  }
}
