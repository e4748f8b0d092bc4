package cl.conveniosomm.garantias.caida;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.TestDatabase;
import cl.conveniosomm.support.TestMailServer;
import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes started at the same moment on one new PostgreSQL database (a deployment of two
 * replicas): both come up, the schema and the models are created once, and each model has one
 * version.
 */
@Tag("own-jvm")
class ArranqueSimultaneoJvmTest {

  @Test
  void twoNodesStartingTogetherOnANewDatabaseDeployEachModelOnce() throws Exception {
    TestDatabase database = TestDatabase.create();
    TestMailServer.start();

    try (NodoExterno nodo1 = NodoExterno.iniciar("simultaneo-1", database.url(), Map.of());
        NodoExterno nodo2 = NodoExterno.iniciar("simultaneo-2", database.url(), Map.of())) {
      nodo1.esperarListo(Duration.ofMinutes(4));
      nodo2.esperarListo(Duration.ofMinutes(4));

      JdbcTemplate jdbc =
          new JdbcTemplate(new DriverManagerDataSource(database.url(), "postgres", "postgres"));
      String[] modelos =
          Arrays.stream(new File("processes").list())
              .filter(f -> f.endsWith(".bpmn"))
              .toArray(String[]::new);
      assertThat(modelos).isNotEmpty();
      for (String modelo : modelos) {
        assertThat(
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM act_re_procdef WHERE resource_name_ LIKE ?",
                    Integer.class,
                    "%" + modelo))
            .as(modelo)
            .isEqualTo(1);
      }
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM flyway_schema_history WHERE success = false",
                  Integer.class))
          .isZero();
      assertThat(
              nodo1.http().getAs("dideco", "demo", "/engine-rest/process-definition/count").body())
          .isEqualTo(
              nodo2.http().getAs("dideco", "demo", "/engine-rest/process-definition/count").body());
    }
  }
}
