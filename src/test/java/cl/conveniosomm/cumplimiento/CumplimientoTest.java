package cl.conveniosomm.cumplimiento;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.plazo.calendario.CalendarioService;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import cl.conveniosomm.system.engine.Reloj;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The compliance dashboard's figures agree with the engine: stages, overdue tasks, links, filters
 * and CSV.
 */
class CumplimientoTest extends DemoApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Monte Patria: a Coquimbo comuna the demo file onboards and no other test registers in. */
  private static final String MONTE_PATRIA = "04303";

  @Autowired ProcessEngine engine;
  @Autowired CalendarioService calendario;
  @Autowired Reloj reloj;

  private static String convenio;

  @BeforeEach
  void registrarConvenioAtrasado() {
    if (convenio != null) {
      return;
    }
    // registered in March: DIDECO's first step is long overdue today
    ClockUtil.setCurrentTime(
        Date.from(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(Reloj.ZONA).toInstant()));
    Map<String, Object> registro = Registro.laSerena();
    registro.put("comuna", "Monte Patria");
    registro.put("comunaCodigo", MONTE_PATRIA);
    registro.put("fechaSuscripcion", "2026-02-27");
    convenio =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro)
            .getBusinessKey();
    ClockUtil.reset();
  }

  @AfterEach
  void relojReal() {
    ClockUtil.reset();
  }

  @Test
  void aConveniosLineAgreesWithItsOpenTasksInTheEngine() throws Exception {
    JsonNode fila = filaDe(panel("sernameg", ""), MONTE_PATRIA);
    LocalDate hoy = reloj.hoy();
    Task tarea =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(convenio)
            .singleResult();
    LocalDate vence = LocalDate.ofInstant(tarea.getDueDate().toInstant(), Reloj.ZONA);
    int atraso = fila.path("diasHabilesAtraso").asInt();

    assertThat(fila.path("convenio").asText()).isEqualTo(convenio);
    assertThat(fila.path("etapa").asText()).isEqualTo("En aprobación");
    assertThat(fila.path("tramitesVencidos").asInt()).isOne();
    assertThat(fila.path("informesVencidos").asInt()).isZero();
    assertThat(fila.path("proximoVencimiento").isNull()).as("nothing else pending").isTrue();
    assertThat(atraso).isPositive();
    // that many business days after the due date is today, or the last business day before it
    LocalDate ultimoHabil = calendario.addDiasHabiles(vence, atraso, MONTE_PATRIA);
    assertThat(ultimoHabil).isBeforeOrEqualTo(hoy);
    assertThat(calendario.addDiasHabiles(vence, atraso + 1, MONTE_PATRIA)).isAfter(hoy);
    assertThat(fila.path("enlaceTasklist").asText()).endsWith("?task=" + tarea.getId());
    assertThat(fila.path("enlaceCockpit").asText())
        .contains(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(convenio)
                .processDefinitionKey(Procesos.CONVENIO_OMM)
                .singleResult()
                .getId());
  }

  @Test
  void overdueObligationsOfTheRegionAreTheEnginesOverdueTasks() throws Exception {
    JsonNode panel = panel("sernameg", "?region=04");
    Date inicioDeHoy = Date.from(reloj.hoy().atStartOfDay(Reloj.ZONA).toInstant());
    // the region's convenios: other tests leave tasks in the same tenants under keys that are no
    // convenio
    List<String> convenios = new java.util.ArrayList<>();
    panel
        .path("filas")
        .forEach(
            fila -> {
              if (fila.path("convenio").isTextual()) {
                convenios.add(fila.path("convenio").asText());
              }
            });
    long vencidasEnMotor =
        engine
            .getTaskService()
            .createTaskQuery()
            .tenantIdIn(
                new cl.conveniosomm.municipio.catalogo.CatalogoComunas()
                    .deRegion("04").stream().map(comuna -> comuna.codigo()).toArray(String[]::new))
            .processInstanceBusinessKeyIn(convenios.toArray(String[]::new))
            .dueBefore(inicioDeHoy)
            .count();

    int vencidasEnPanel = 0;
    for (JsonNode fila : panel.path("filas")) {
      assertThat(fila.path("region").asText()).isEqualTo("Coquimbo");
      vencidasEnPanel +=
          fila.path("informesVencidos").asInt()
              + fila.path("documentosVencidos").asInt()
              + fila.path("tramitesVencidos").asInt();
    }
    assertThat(vencidasEnPanel).isEqualTo(vencidasEnMotor).isPositive();
    assertThat(panel.path("regiones")).hasSize(1);
    assertThat(panel.path("regiones").get(0).path("atrasadas").asInt())
        .isGreaterThanOrEqualTo(vencidasEnPanel);
  }

  @Test
  void filtersExportAndAccessAreChecked() throws Exception {
    for (JsonNode fila : panel("sernameg", "?etapa=en_aprobacion").path("filas")) {
      assertThat(fila.path("etapa").asText()).isEqualTo("En aprobación");
    }
    assertThat(filaDe(panel("sernameg", "?etapa=sin_convenio"), "04305").path("etapa").asText())
        .isEqualTo("Sin convenio");

    HttpResponse<String> csv = http().getAs("sernameg", "demo", "/api/cumplimiento.csv?region=04");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains(".csv"));
    String texto = csv.body();
    String[] lineas = texto.split("\r\n");
    assertThat(lineas[0]).startsWith("\uFEFFCódigo comuna;Comuna;Región;Convenio;Etapa");
    assertThat(lineas).hasSize(1 + panel("sernameg", "?region=04").path("filas").size());
    assertThat(texto)
        .contains(MONTE_PATRIA + ";Monte Patria;Coquimbo;" + convenio + ";En aprobación;");

    HttpResponse<String> region = http().getAs("sernameg", "demo", "/api/cumplimiento?region=99");
    assertThat(region.statusCode()).isEqualTo(400);
    assertThat(region.body()).contains("Región desconocida");
    HttpResponse<String> omm = http().getAs("omm", "demo", "/api/cumplimiento");
    assertThat(omm.statusCode()).isEqualTo(403);
    assertThat(omm.body()).contains("panel de cumplimiento es para SERNAMEG");
    assertThat(http().get("/api/cumplimiento").statusCode()).isEqualTo(401);
  }

  private JsonNode panel(String usuario, String consulta) throws Exception {
    HttpResponse<String> respuesta = http().getAs(usuario, "demo", "/api/cumplimiento" + consulta);
    assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
    return JSON.readTree(respuesta.body());
  }

  private static JsonNode filaDe(JsonNode panel, String comuna) {
    for (JsonNode fila : panel.path("filas")) {
      if (fila.path("comunaCodigo").asText().equals(comuna)) {
        return fila;
      }
    }
    throw new AssertionError("sin fila para " + comuna + " en " + panel);
  }
}
