package cl.conveniosomm.system.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The demo's links (banner, emails, .ics) follow the port it runs on. */
class DemoPuertoTest {

  @Test
  void theDemosPublicUrlFollowsOmmPort() throws IOException {
    assertThat(publicUrl(Map.of("OMM_PORT", "18401"))).isEqualTo("http://localhost:18401");
    assertThat(publicUrl(Map.of())).isEqualTo("http://localhost:8080");
    assertThat(
            publicUrl(
                Map.of("OMM_PORT", "18401", "OMM_PUBLIC_URL", "https://convenios.municipio.cl")))
        .isEqualTo("https://convenios.municipio.cl");
  }

  private static String publicUrl(Map<String, Object> variables) throws IOException {
    StandardEnvironment entorno = new StandardEnvironment();
    entorno.getPropertySources().addFirst(new MapPropertySource("variables", variables));
    YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
    yaml.load("demo", new ClassPathResource("application-demo.yaml"))
        .forEach(entorno.getPropertySources()::addLast);
    yaml.load("base", new ClassPathResource("application.yaml"))
        .forEach(entorno.getPropertySources()::addLast);
    return entorno.getProperty("omm.public-url");
  }
}
