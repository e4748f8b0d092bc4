package cl.conveniosomm.notificacion.correo;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.notificacion.plantilla.CorreoRenderizado;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.TestMailServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Operators see failed deliveries and retry them; nobody else does. */
class OutboxApiTest extends DemoApplicationTest {

  @Autowired Outbox outbox;
  @Autowired OutboxSender sender;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void smtpBack() {
    TestMailServer.start();
  }

  @Test
  void aFailedDeliveryIsVisibleToAdministratorsAndRetriedOnRequest() {
    sender.enviarPendientes();
    TestMailServer.stop();
    transaction.executeWithoutResult(
        status ->
            outbox.encolar(
                MensajeNuevo.inmediato(
                    "operacion/1",
                    null,
                    "persona@laserena.cl",
                    new CorreoRenderizado("Aviso de prueba", "texto", "<p>html</p>", null))));
    sender.enviarPendientes();

    HttpResponse<String> fallidos =
        http().getAs("admin", "demo", "/api/operacion/correos?conError=true");
    assertThat(fallidos.statusCode()).isEqualTo(200);
    assertThat(fallidos.body())
        .contains("operacion/1")
        .contains("\"intentos\":1")
        .contains("ConnectException");
    assertThat(http().getAs("dideco", "demo", "/api/operacion/correos").statusCode())
        .isEqualTo(403);
    String resumen = http().getAs("admin", "demo", "/api/operacion/correos/resumen").body();
    assertThat(resumen)
        .as("the same keys on H2 and PostgreSQL")
        .containsPattern("\"conError\":[1-9]")
        .contains("\"pendientes\":", "\"enviados\":", "\"retenidos\":");

    TestMailServer.start();
    TestMailServer.purge();
    HttpResponse<String> reintento =
        http().postJsonAs("admin", "demo", "/api/operacion/correos/reintentar", "{}");
    assertThat(reintento.statusCode()).isEqualTo(200);
    assertThat(sender.enviarPendientes()).isEqualTo(1);
    assertThat(TestMailServer.received()).hasSize(1);
  }
}
