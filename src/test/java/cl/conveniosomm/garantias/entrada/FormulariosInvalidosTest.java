package cl.conveniosomm.garantias.entrada;

import static cl.conveniosomm.garantias.entrada.RechazoEnEspanol.assertRefusedInSpanish;
import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.convenio.firmante.RolFirmante;
import cl.conveniosomm.formulario.CampoFormulario;
import cl.conveniosomm.formulario.EsquemaFormulario;
import cl.conveniosomm.formulario.FormularioLleno;
import cl.conveniosomm.formulario.FormulariosDeTareas;
import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Registro;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every field of every task form, sent bad over the REST API by a person of the task's group: too
 * long, with HTML and script, as a list, and wrong for its type (impossible and out-of-range dates,
 * negative and non numbers, unknown options, a N° in the wrong format); plus an empty form, a field
 * the form does not have, and an edited read-only field. Each is a 4xx in Spanish naming the field,
 * the task stays open, and no variable or record changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormulariosInvalidosTest extends DemoApplicationTest {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FormulariosDeTareas FORMULARIOS = new FormulariosDeTareas(JSON);
  private static final List<String> APROBACION =
      List.of(
          "Task_SolicitarRevision",
          "Task_RevisarConvenio",
          "Task_ResponderObservaciones",
          "Task_EmitirCertificadoDaf",
          "Task_RemitirAntecedentes",
          "Task_EmitirResolucion",
          "Task_SolicitarDecreto",
          "Task_PrepararBorradorDecreto",
          "Task_FirmarDecreto",
          "Task_NumerarDecreto");
  private static final List<String> CICLO =
      List.of(
          "Task_PrepararDiagnostico",
          "Task_RevisarDiagnostico",
          "Task_PrepararAgenda",
          "Task_RevisarAgenda",
          "Task_AprobarAgenda",
          "Task_PrepararPlan",
          "Task_RevisarPlan",
          "Task_AprobarPlan");
  private static final List<String> INFORME =
      List.of("Task_PrepararInforme", "Task_RevisarInforme");

  /**
   * Who completes each group's tasks: La Serena's staff, onboarded in the test's comuna; SERNAMEG's
   * by an admin.
   */
  private static final Map<String, String> PERSONA =
      Map.of(
          Grupos.DIDECO,
          "dideco",
          Grupos.ASESORIA_JURIDICA,
          "juridica",
          Grupos.DAF,
          "daf",
          Grupos.SECRETARIA_MUNICIPAL,
          "secretaria",
          Grupos.ALCALDIA,
          "alcalde",
          Grupos.OMM,
          "omm",
          Grupos.SERNAMEG,
          "admin");

  /**
   * Fields the instance already holds when the task opens: the registration proposes the decreto's
   * Alcalde.
   */
  private static final Set<String> PROPUESTOS =
      Set.of(
          RolFirmante.ALCALDE.variableNombre(),
          RolFirmante.ALCALDE.variableSexo(),
          RolFirmante.ALCALDE.variableCalidad());

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  private String convenio;
  private final Map<String, Task> tareas = new HashMap<>();

  /**
   * One convenio with one open task of each kind: the approval's by moving its token, the others'
   * by starting there.
   */
  @BeforeAll
  void abrirUnaTareaDeCadaFormulario() {
    Map<String, Object> registro = Registro.enRegion("08");
    convenio =
        runtimeService.startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro).getBusinessKey();
    String aprobacion =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("aprobacion-convenio")
            .processInstanceBusinessKey(convenio)
            .singleResult()
            .getId();
    APROBACION.stream()
        .skip(1)
        .forEach(
            tarea ->
                runtimeService
                    .createProcessInstanceModification(aprobacion)
                    .startBeforeActivity(tarea)
                    .execute());
    Map<String, Object> variables = new HashMap<>(registro);
    Date enUnMes = Date.from(Instant.now().plusSeconds(30L * 24 * 3600));
    variables.putAll(
        Map.of(
            "vencePlan",
            enUnMes,
            "venceInforme",
            enUnMes,
            "tipoInforme",
            "SEMESTRAL",
            "periodoCodigo",
            "2017-1",
            "periodoNombre",
            "1er semestre 2017"));
    CICLO.forEach(tarea -> iniciarEn(Procesos.CICLO_GESTION, tarea, variables));
    INFORME.forEach(tarea -> iniciarEn(Procesos.INFORME_CONVENIO, tarea, variables));
    taskService
        .createTaskQuery()
        .processInstanceBusinessKey(convenio)
        .list()
        .forEach(tarea -> tareas.put(tarea.getTaskDefinitionKey(), tarea));
  }

  private void iniciarEn(String proceso, String tarea, Map<String, Object> variables) {
    runtimeService
        .createProcessInstanceByKey(proceso)
        .businessKey(convenio)
        .setVariables(variables)
        .startBeforeActivity(tarea)
        .execute();
  }

  @AfterAll
  void cerrarConvenio() {
    runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(convenio)
        .list()
        .forEach(
            instancia ->
                runtimeService.deleteProcessInstanceIfExists(
                    instancia.getId(), "prueba", true, true, true, true));
    jdbc.update("UPDATE omm_convenio SET estado = 'CERRADO' WHERE id = ?", convenio);
  }

  static Stream<Arguments> envios() {
    List<Arguments> casos = new ArrayList<>();
    Stream.of(APROBACION, CICLO, INFORME)
        .flatMap(List::stream)
        .forEach(
            tarea -> {
              EsquemaFormulario formulario = FORMULARIOS.de(tarea).orElseThrow();
              CampoFormulario obligatorio =
                  formulario.campos().values().stream()
                      .filter(
                          campo ->
                              campo.requerido() && !campo.condicional() && !campo.soloLectura())
                      .filter(campo -> !PROPUESTOS.contains(campo.clave()))
                      .findFirst()
                      .orElseThrow();
              casos.add(
                  Arguments.of(tarea, "formulario vacío", "", obligatorio.etiqueta(), Map.of()));
              casos.add(
                  Arguments.of(
                      tarea,
                      "campo que el formulario no tiene",
                      "comunaCodigo",
                      "comunaCodigo",
                      Map.of("comunaCodigo", texto("13101"))));
              formulario
                  .campos()
                  .values()
                  .forEach(
                      campo -> {
                        if (campo.soloLectura()) {
                          casos.add(
                              caso(
                                  tarea,
                                  "campo de sólo lectura cambiado",
                                  campo,
                                  texto("Otro texto")));
                          return;
                        }
                        casos.add(caso(tarea, "texto enorme", campo, texto("x".repeat(100_000))));
                        casos.add(caso(tarea, "HTML y script", campo, texto(SCRIPT)));
                        casos.add(caso(tarea, "una lista", campo, Map.of("value", List.of(1, 2))));
                        malos(campo)
                            .forEach(
                                (nombre, valor) -> casos.add(caso(tarea, nombre, campo, valor)));
                      });
            });
    return casos.stream();
  }

  /** Values wrong for the field's own type. */
  private static Map<String, Map<String, Object>> malos(CampoFormulario campo) {
    Map<String, Map<String, Object>> malos = new LinkedHashMap<>();
    switch (campo.tipo()) {
      case FECHA -> {
        malos.put("fecha imposible", texto("2017-02-30"));
        malos.put("fecha imposible día primero", texto("31-02-2017"));
        malos.put("mes 13 día primero", texto("13/13/2017"));
        malos.put("fecha con año de dos cifras", texto("04/11/17"));
        malos.put("fecha fuera de rango", texto("2999-12-31"));
        malos.put("fecha como número", Map.of("value", 20170110, "type", "Integer"));
      }
      case NUMERO -> {
        malos.put("número negativo", Map.of("value", -5, "type", "Long"));
        malos.put("número escrito en palabras", texto("un millón"));
      }
      case CASILLA -> malos.put("casilla que no es sí ni no", texto("quizás"));
      case OPCION -> malos.put("opción que no existe", texto("CUALQUIERA"));
      case LISTA_CASILLAS ->
          malos.put(
              "opción de lista que no existe", Map.of("value", "[\"BODEGA\"]", "type", "Json"));
      case TEXTO -> {
        if (campo.patron() != null) {
          malos.put("N° con otro formato", texto("12 34; DROP TABLE"));
        }
      }
    }
    return malos;
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("envios")
  void aBadSubmissionIsRefusedInSpanishNamingTheFieldAndChangesNothing(
      String tarea, String caso, String campo, String etiqueta, Map<String, Object> variables)
      throws Exception {
    Task abierta = tareas.get(tarea);
    assertThat(abierta).as("tarea abierta para " + tarea).isNotNull();
    Map<String, Object> antes = runtimeService.getVariables(abierta.getExecutionId());
    long antecedentes = count("omm_antecedente");

    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                persona(abierta),
                "demo",
                "/engine-rest/task/" + abierta.getId() + "/complete",
                JSON.writeValueAsString(Map.of("variables", variables)));

    assertRefusedInSpanish(respuesta);
    assertThat(respuesta.body()).as("nombra el campo").contains("«" + etiqueta + "»");
    assertThat(taskService.createTaskQuery().taskId(abierta.getId()).count())
        .as("la tarea sigue abierta")
        .isEqualTo(1);
    assertThat(runtimeService.getVariables(abierta.getExecutionId()))
        .as("variables")
        .isEqualTo(antes);
    assertThat(count("omm_antecedente")).isEqualTo(antecedentes);
  }

  private String persona(Task tarea) {
    return taskService.getIdentityLinksForTask(tarea.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(PERSONA::containsKey)
        .map(PERSONA::get)
        .findFirst()
        .orElseThrow();
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  /**
   * A bad field among the values a filled form sends for the others, so the refusal is the field's.
   */
  private static Arguments caso(
      String tarea, String nombre, CampoFormulario campo, Map<String, Object> valor) {
    Map<String, Object> variables = new LinkedHashMap<>();
    FormularioLleno.de(FORMULARIOS.de(tarea).orElseThrow())
        .forEach((clave, lleno) -> variables.put(clave, texto(lleno)));
    variables.put(campo.clave(), valor);
    return Arguments.of(tarea, nombre, campo.clave(), campo.etiqueta(), variables);
  }

  private static Map<String, Object> texto(String value) {
    Map<String, Object> variable = new HashMap<>();
    variable.put("value", value);
    variable.put("type", "String");
    return variable;
  }
}
