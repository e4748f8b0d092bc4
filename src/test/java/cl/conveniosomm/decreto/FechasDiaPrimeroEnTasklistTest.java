package cl.conveniosomm.decreto;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dates sent the way Tasklist's forms send what a person typed, day first: {@code 04/11/2016} is 4
 * November and is cited so; an impossible date, or one that contradicts the convenio's chronology,
 * is refused in Spanish naming both dates.
 */
class FechasDiaPrimeroEnTasklistTest extends DemoApplicationTest {

  private static final String API = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtimeService;
  @Autowired AntecedenteRepository antecedentes;
  @Autowired DocumentoService documentos;

  @Test
  void datesTypedDayFirstAreStoredAsTheDayTheyNameAndOnesAgainstTheChronologyAreRefused()
      throws Exception {
    Map<String, Object> registro = Registro.otraComuna();
    String comuna = (String) registro.get("comunaCodigo");
    registro.put("fechaSuscripcion", "01/11/2016");
    registro.put("ordSernamegFecha", "21-10-2016");
    HttpClientSupport dideco = login("dideco");
    HttpResponse<String> inicio =
        dideco.webappPost(
            API + "/process-definition/key/convenio-omm/submit-form",
            "{\"variables\":" + variables(registro) + "}");
    assertThat(inicio.statusCode()).as(inicio.body()).isEqualTo(200);
    // the id is the comuna and the signature date: 1 November, not 11 January
    String convenio = comuna + "-2016-11-01";
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(convenio)
                .count())
        .isPositive();
    assertThat(fechaDe(convenio, "Inicio_Suscripcion")).isEqualTo(LocalDate.of(2016, 11, 1));
    assertThat(fechaDe(convenio, "Inicio_OrdSernameg")).isEqualTo(LocalDate.of(2016, 10, 21));

    Pdf.convenioFirmadoEn(documentos, convenio);
    hace(
        dideco,
        convenio,
        "Task_SolicitarRevision",
        Map.of("didecoOrdNumero", "4309", "didecoOrdFecha", "04/11/2016"));
    assertThat(fechaDe(convenio, "Task_SolicitarRevision")).isEqualTo(LocalDate.of(2016, 11, 4));

    HttpClientSupport juridica = login("juridica");
    assertThat(rechazo(juridica, convenio, "31/02/2016"))
        .contains(
            "«31/02/2016» no es una fecha del calendario: el día 31 del mes 2 de 2016 no existe.");
    assertThat(rechazo(juridica, convenio, "13/13/2016"))
        .contains(
            "«13/13/2016» no es una fecha del calendario: el día 13 del mes 13 de 2016 no existe.");
    assertThat(rechazo(juridica, convenio, "10/10/2016"))
        .contains(
            "La fecha del Ord. (10-10-2016) es anterior a la suscripción del convenio (01-11-2016).");
    assertThat(rechazo(juridica, convenio, "03/11/2016"))
        .contains(
            "La fecha del Ord. (03-11-2016) es anterior a la del Ord. de Dirección de Desarrollo Comunitario "
                + "N° 4309 (04-11-2016), que lo precede.");
    // read month first, 07/11/2016 would be 11 July, before the signature, and refused
    hace(
        juridica,
        convenio,
        "Task_RevisarConvenio",
        Map.of(
            "juridicaOrdNumero",
            "05-102",
            "juridicaOrdFecha",
            "07/11/2016",
            "revisionJuridica",
            "CONFORME"));
    assertThat(fechaDe(convenio, "Task_RevisarConvenio")).isEqualTo(LocalDate.of(2016, 11, 7));

    // and the variables Cockpit, REST and history show hold the unambiguous ISO date
    assertThat(variable(convenio, "convenio-omm", "fechaSuscripcion")).isEqualTo("2016-11-01");
    assertThat(variable(convenio, "aprobacion-convenio", "fechaSuscripcion"))
        .isEqualTo("2016-11-01");
    assertThat(variable(convenio, "aprobacion-convenio", "ordSernamegFecha"))
        .isEqualTo("2016-10-21");
    assertThat(variable(convenio, "aprobacion-convenio", "didecoOrdFecha")).isEqualTo("2016-11-04");
    assertThat(variable(convenio, "aprobacion-convenio", "juridicaOrdFecha"))
        .isEqualTo("2016-11-07");
  }

  private Object variable(String convenio, String proceso, String nombre) {
    String instancia =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(convenio)
            .processDefinitionKey(proceso)
            .singleResult()
            .getId();
    return runtimeService.getVariable(instancia, nombre);
  }

  private String rechazo(HttpClientSupport juridica, String convenio, String fecha)
      throws Exception {
    HttpResponse<String> respuesta =
        submit(
            juridica,
            convenio,
            "Task_RevisarConvenio",
            Map.of(
                "juridicaOrdNumero",
                "05-102",
                "juridicaOrdFecha",
                fecha,
                "revisionJuridica",
                "CONFORME"));
    assertThat(respuesta.statusCode()).as(fecha + ": " + respuesta.body()).isEqualTo(400);
    return JSON.readTree(respuesta.body()).path("message").asText();
  }

  private LocalDate fechaDe(String convenio, String paso) {
    return antecedentes.findByConvenio(convenio).stream()
        .filter(antecedente -> antecedente.paso().equals(paso))
        .reduce((primero, ultimo) -> ultimo)
        .orElseThrow(() -> new AssertionError("sin antecedente de " + paso))
        .fecha();
  }

  private void hace(
      HttpClientSupport persona, String convenio, String tarea, Map<String, Object> variables)
      throws Exception {
    HttpResponse<String> respuesta = submit(persona, convenio, tarea, variables);
    assertThat(respuesta.statusCode()).as(tarea + ": " + respuesta.body()).isEqualTo(204);
  }

  private HttpResponse<String> submit(
      HttpClientSupport persona, String convenio, String tarea, Map<String, Object> variables)
      throws Exception {
    HttpResponse<String> tareas =
        persona.get(
            API
                + "/task?processInstanceBusinessKey="
                + convenio
                + "&taskDefinitionKey="
                + tarea
                + "&maxResults=5");
    JsonNode encontradas = JSON.readTree(tareas.body());
    assertThat(encontradas.isArray() && encontradas.size() > 0)
        .as(
            "la tarea "
                + tarea
                + " aparece en la bandeja: "
                + tareas.statusCode()
                + " "
                + tareas.body())
        .isTrue();
    return persona.webappPost(
        API + "/task/" + encontradas.get(0).path("id").asText() + "/submit-form",
        "{\"variables\":" + variables(variables) + "}");
  }

  private HttpClientSupport login(String usuario) {
    HttpClientSupport navegador = http();
    assertThat(navegador.webappLogin("tasklist", usuario, "demo").statusCode())
        .as("login " + usuario)
        .isEqualTo(200);
    return navegador;
  }

  /** As Tasklist sends a form: every value as text. */
  private static String variables(Map<String, Object> valores) throws Exception {
    Map<String, Object> tipadas = new LinkedHashMap<>();
    valores.forEach(
        (nombre, valor) -> tipadas.put(nombre, Map.of("value", valor, "type", "String")));
    return JSON.writeValueAsString(tipadas);
  }
}
