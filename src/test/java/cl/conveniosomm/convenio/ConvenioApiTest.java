package cl.conveniosomm.convenio;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The convenio's state at a glance, and término over REST: who may, and with what. */
class ConvenioApiTest extends DemoApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ConvenioRepository convenios;

  @Test
  void showsTheStageAndTheNextDeadline() {
    Map<String, Object> registro = Registro.otraComuna();
    String id =
        runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro).getBusinessKey();

    HttpResponse<String> estado =
        http().getAs("alcalde", "demo", "/api/convenios/" + id + "/estado");

    assertThat(estado.statusCode()).isEqualTo(200);
    assertThat(estado.body())
        .contains("\"etapa\":\"EN_APROBACION\"")
        .contains("\"proximoVencimiento\":{\"descripcion\":\"Solicitar revisión del convenio\"");
    assertThat(http().getAs("alcalde", "demo", "/api/convenios/no-existe/estado").statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlySernamegOrTheAlcaldiaEndAConvenioInForceWithADateAndAReason() {
    Map<String, Object> registro = Registro.otraComuna();
    String id =
        runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro).getBusinessKey();
    String url = "/api/convenios/" + id + "/termino";

    HttpResponse<String> enAprobacion =
        http()
            .postJsonAs(
                "alcalde",
                "demo",
                url,
                "{\"fecha\":\"2026-01-05\",\"motivo\":\"Acuerdo de las partes\"}");
    assertThat(enAprobacion.statusCode()).isEqualTo(400);
    assertThat(enAprobacion.body()).contains("no está vigente");

    convenios.setEstado(id, "VIGENTE");
    HttpResponse<String> omm =
        http().postJsonAs("omm", "demo", url, "{\"fecha\":\"2026-01-05\",\"motivo\":\"x\"}");
    assertThat(omm.statusCode()).isEqualTo(403);
    assertThat(omm.body()).contains("Sólo SERNAMEG o la Alcaldía");
    HttpResponse<String> futuro =
        http().postJsonAs("alcalde", "demo", url, "{\"fecha\":\"2099-01-05\",\"motivo\":\"x\"}");
    assertThat(futuro.statusCode()).isEqualTo(400);
    HttpResponse<String> sinMotivo =
        http().postJsonAs("alcalde", "demo", url, "{\"fecha\":\"2026-01-05\"}");
    assertThat(sinMotivo.statusCode()).isEqualTo(400);
    assertThat(sinMotivo.body()).contains("motivo");
    assertThat(convenios.estado(id)).contains("VIGENTE");
  }
}
