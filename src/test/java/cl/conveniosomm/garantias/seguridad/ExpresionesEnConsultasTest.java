package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.proceso.Grupos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CVE-2026-109432 held at the engine: no query evaluates an expression from a request, whatever
 * route or body brought it. The expression used is harmless: {@code 'dide'.concat('co')} names
 * DIDECO's group, so had it been evaluated the query would have answered DIDECO's tasks.
 */
class ExpresionesEnConsultasTest extends DemoApplicationTest {

  private static final String EXPRESION = "${'dide'.concat('co')}";

  /**
   * Longer than Jackson's default maximum string (20,000,000): a parser that gives up lets the body
   * through.
   */
  /**
   * Over the 1 MB a JSON body may have, under the 2 MB Tomcat reads and discards after an early
   * answer: a larger body makes Tomcat close the connection while the client still sends, and
   * whether the client reads the refusal first is a race (the body is refused either way).
   */
  private static final String RELLENO = "a".repeat(1_500_000);

  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;

  @AfterEach
  void sinSesion() {
    identityService.clearAuthentication();
  }

  @Test
  void theEngineRefusesAnExpressionInsideOrQueriesFromTheJavaApi() {
    identityService.setAuthentication("omm-coquimbo", List.of(Grupos.OMM), List.of("04102"));
    TaskQuery consulta =
        taskService
            .createTaskQuery()
            .or()
            .taskCandidateGroupExpression(EXPRESION)
            .taskAssignee("nadie")
            .endOr();

    assertThatThrownBy(consulta::count)
        .rootCause()
        .hasMessageContaining("sólo admiten estas expresiones");
  }

  @Test
  void theEngineRefusesAnExpressionStoredInAFilter() {
    Filter filtro =
        filterService.saveFilter(
            filterService
                .newTaskFilter("Sonda")
                .setQuery(
                    taskService
                        .createTaskQuery()
                        .or()
                        .taskCandidateGroupExpression(EXPRESION)
                        .endOr()));
    try {
      assertThatThrownBy(() -> filterService.count(filtro.getId()))
          .rootCause()
          .hasMessageContaining("sólo admiten estas expresiones");
      assertThatThrownBy(() -> filterService.list(filtro.getId()))
          .rootCause()
          .hasMessageContaining("sólo admiten estas expresiones");
    } finally {
      filterService.deleteFilter(filtro.getId());
    }
  }

  @Test
  void theExpressionsOfTasklistsFiltersStillWork() {
    identityService.setAuthentication("dideco", List.of(Grupos.DIDECO), List.of("04101"));

    long suyas =
        taskService
            .createTaskQuery()
            .or()
            .taskAssigneeExpression("${currentUser()}")
            .taskAssignee("nadie")
            .endOr()
            .count();

    assertThat(suyas).isEqualTo(taskService.createTaskQuery().taskAssignee("dideco").count());
    assertThat(filterService.createFilterQuery().listPage(0, 100))
        .isNotEmpty()
        .allSatisfy(filtro -> assertThat(filterService.count(filtro.getId())).isNotNull());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/engine-rest/task/count",
        "/engine-rest/task",
        "/engine-rest/engine/default/task",
        "/engine-rest/task/count/",
        "/engine-rest/Task/count",
        "/engine-rest/%74ask/count",
        "/engine-rest/task;x=y/count",
        "/engine-rest//task/count",
        "/engine-rest/filter/{filtro}/list",
        "/engine-rest/filter/{filtro}/count"
      })
  void aBodyTooBigToParseNeverReachesTheEngine(String ruta) {
    HttpResponse<String> respuesta =
        http().postJsonAs("omm-coquimbo", "demo", conFiltro(ruta), cuerpoHostil());

    assertThat(respuesta.statusCode()).as(respuesta.body()).isIn(400, 413);
    assertThat(respuesta.body()).contains("no se hizo nada");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/camunda/api/engine/engine/default/task",
        "/camunda/api/engine/engine/default/task/count",
        "/camunda/api/engine/engine/default/filter/{filtro}/list"
      })
  void norThroughTheWebappsEngineApi(String ruta) {
    HttpClientSupport navegador = http();
    navegador.webappLogin("tasklist", "omm-coquimbo", "demo");

    HttpResponse<String> respuesta = navegador.webappPost(conFiltro(ruta), cuerpoHostil());

    assertThat(respuesta.statusCode()).as(respuesta.body()).isIn(400, 413);
  }

  @Test
  void aSmallBodyWithTheExpressionIsRefusedTooAndAnsweredInSpanish() {
    HttpResponse<String> respuesta =
        http()
            .postJsonAs(
                "omm-coquimbo",
                "demo",
                "/engine-rest/task/count",
                "{\"orQueries\":[{\"candidateGroupExpression\":\"" + EXPRESION + "\"}]}");

    assertThat(respuesta.statusCode()).isEqualTo(400);
    assertThat(respuesta.body()).contains("no admiten campos de expresión");
  }

  private String conFiltro(String ruta) {
    return ruta.replace("{filtro}", filterService.createFilterQuery().list().get(0).getId());
  }

  private static String cuerpoHostil() {
    return "{\"zz\":\""
        + RELLENO
        + "\",\"orQueries\":[{\"candidateGroupExpression\":\""
        + EXPRESION
        + "\"}]}";
  }
}
