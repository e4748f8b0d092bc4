package cl.conveniosomm.garantias;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.correo.EstadoMensaje;
import cl.conveniosomm.notificacion.correo.MensajeSaliente;
import cl.conveniosomm.notificacion.correo.OutboxRepository;
import cl.conveniosomm.plazo.CategoriaPlazo;
import cl.conveniosomm.plazo.EstadoPlazo;
import cl.conveniosomm.plazo.Plazo;
import cl.conveniosomm.plazo.PlazoRepository;
import cl.conveniosomm.plazo.ProximoRecordatorio;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The demo runs on H2 and every other test on PostgreSQL: the app's own insert-if-absent
 * statements, written for both, run here on H2 with the app's migrations.
 */
class EscriturasEnH2Test {

  private static NamedParameterJdbcTemplate jdbc;

  @BeforeAll
  static void h2WithTheAppsTables() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:escrituras;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).load().migrate();
    jdbc = new NamedParameterJdbcTemplate(h2);
  }

  @Test
  void aDeadlineIsInsertedOnceAndClosedByItsObligation() {
    PlazoRepository plazos = new PlazoRepository(jdbc);
    Plazo plazo = plazo("p-1", null);
    Plazo otro =
        plazo("p-2", new ProximoRecordatorio(Instant.parse("2026-12-10T12:00:00Z"), 1, 0, null));

    assertThat(plazos.insertIfAbsent(plazo, CategoriaPlazo.INFORME)).isTrue();
    assertThat(plazos.insertIfAbsent(otro, CategoriaPlazo.INFORME)).isFalse();

    Plazo guardado = plazos.findByObligacion("04101-2016-12-19", "informe-2026-1").orElseThrow();
    assertThat(guardado.id()).isEqualTo("p-1");
    assertThat(guardado.vence()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(
            plazos.closeByObligacion(
                "04101-2016-12-19", "informe-2026-1", EstadoPlazo.CUMPLIDO, Instant.now()))
        .isTrue();
    assertThat(
            plazos.closeByObligacion(
                "04101-2016-12-19", "informe-2026-1", EstadoPlazo.CUMPLIDO, Instant.now()))
        .isFalse();
  }

  @Test
  void aMessageIsQueuedOncePerKey() {
    OutboxRepository outbox = new OutboxRepository(jdbc);

    assertThat(outbox.insertIfAbsent(mensaje("m-1"))).isTrue();
    assertThat(outbox.insertIfAbsent(mensaje("m-2"))).isFalse();

    assertThat(outbox.get("m-1").destinatario()).isEqualTo("omm@laserena.cl");
  }

  private static Plazo plazo(String id, ProximoRecordatorio proximo) {
    return new Plazo(
        id,
        "04101-2016-12-19",
        "informe-2026-1",
        "Informe semestral",
        "04101",
        "La Serena",
        "04101",
        LocalDate.of(2026, 12, 15),
        EstadoPlazo.PENDIENTE,
        List.of("omm@laserena.cl"),
        List.of(),
        List.of(),
        null,
        "http://localhost:8080",
        Instant.now(),
        null,
        proximo);
  }

  private static MensajeSaliente mensaje(String id) {
    Instant ahora = Instant.now();
    return new MensajeSaliente(
        id,
        "plazo/p-1/1/omm@laserena.cl",
        "04101-2016-12-19",
        null,
        "omm@laserena.cl",
        "Recordatorio",
        "texto",
        "<p>html</p>",
        null,
        null,
        null,
        null,
        null,
        EstadoMensaje.PENDIENTE,
        0,
        ahora,
        null,
        ahora,
        null);
  }
}
