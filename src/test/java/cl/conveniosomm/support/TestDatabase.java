package cl.conveniosomm.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real PostgreSQL 17 for tests, from the embedded binaries on Maven Central. One server per test
 * JVM; each Spring context gets its own fresh database so contexts never see each other's data.
 */
public final class TestDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  public static synchronized TestDatabase create() {
    String name = "convenios_" + COUNTER.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("No se pudo crear la base de datos de prueba " + name, e);
    }
    return new TestDatabase(name);
  }

  public String url() {
    return server().getJdbcUrl("postgres", name);
  }

  /** Points the application context at this database. */
  public void register(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", this::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    // PostgreSQL stops in a shutdown hook beside Spring's: closing contexts must not wait 30 s for
    // it
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("No se pudo iniciar PostgreSQL embebido", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
    }
    return server;
  }

  private static synchronized void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }
}
