package cl.conveniosomm.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application in the demo profile on real PostgreSQL, served over HTTP. Subclasses share
 * one Spring context (and so one database).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class DemoApplicationTest {

  private static final TestDatabase DATABASE = TestDatabase.create();

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
    registry.add("omm.public-url", () -> "http://localhost:8080");
  }

  protected HttpClientSupport http() {
    return new HttpClientSupport("http://localhost:" + port);
  }
}
