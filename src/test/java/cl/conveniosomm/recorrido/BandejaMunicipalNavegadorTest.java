package cl.conveniosomm.recorrido;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.Registro;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist and Cockpit as municipal staff and the administrator meet them (issue 17): the work is
 * where Tasklist opens, with counts; each card says which comuna and convenio; opening a group task
 * takes it; no Camunda 8 notice, no «Crear tarea» for municipal people; Cockpit's tables in
 * Spanish.
 */
@Tag("navegador")
class BandejaMunicipalNavegadorTest extends DemoApplicationTest {

  private static final By BOTON_RECLAMAR =
      By.xpath("//*[self::a or self::button][normalize-space()='Reclamar']");

  @Autowired ProcessEngine engine;
  @Autowired DocumentoService documentos;

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void didecoLandsOnHerGroupsTasksSeesTheConvenioOnEachCardAndCompletesWithoutClaiming() {
    // a comuna of its own: the other browser tests register La Serena's convenio in the same
    // database
    Map<String, Object> registro = Registro.otraComuna();
    ProcessInstance instancia =
        engine.getRuntimeService().startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro);
    String convenio = instancia.getBusinessKey();
    String etiqueta = registro.get("comuna") + " · " + convenio;
    assertThat(convenio).startsWith(registro.get("comunaCodigo") + "-");
    Task tarea = tarea(convenio);
    assertThat(engine.getTaskService().getVariable(tarea.getId(), "convenioEtiqueta"))
        .isEqualTo(etiqueta);
    Pdf.convenioFirmadoEn(documentos, convenio);

    try (Navegador navegador = Navegador.abrir(base(), "es-CL,es")) {
      navegador.iniciarSesion("tasklist", "dideco", "demo");

      // Tasklist opens on the group's tasks, and every filter shows how many it holds
      WebElement activo =
          navegador.esperar(
              d ->
                  d.findElements(By.cssSelector(".task-filter.active")).stream()
                      .filter(WebElement::isDisplayed)
                      .findFirst()
                      .orElse(null));
      assertThat(activo.getText()).startsWith("Tareas de mi grupo");
      navegador.esperar(d -> contador(d, "Tareas de mi grupo") >= 1 ? true : null);
      navegador.esperar(d -> contador(d, "Mis tareas") >= 0 ? true : null);

      // the card names the comuna and the convenio
      WebElement enLista = navegador.esperar(d -> BandejaEnPagina.tarjetaVisible(d, etiqueta));
      assertThat(enLista.getText()).contains(etiqueta).contains("Solicitar");
      assertThat(
              navegador.todos(By.cssSelector(".tasks-list > li.task")).stream()
                  .filter(WebElement::isDisplayed)
                  .map(WebElement::getText)
                  .toList())
          .as("every card says which convenio")
          .allSatisfy(texto -> assertThat(texto).containsPattern(" · \\d{5}-\\d{4}"));
      assertThat(textoVisible(navegador)).doesNotContain("Camunda 8").doesNotContain("Crear tarea");
      assertThat(
              navegador.todos(By.cssSelector(".ce-eol-banner")).stream()
                  .noneMatch(WebElement::isDisplayed))
          .isTrue();
      navegador.captura("bandeja-1-dideco-tareas-de-mi-grupo");

      // opening it makes it hers: no «Reclamar» to press, «Completar» ready
      navegador.pulsarHasta(
          By.xpath(
              "(//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//*[contains("
                  + "normalize-space(),'"
                  + etiqueta
                  + "')]]//h4[contains(@class,'task')])[1]"),
          d -> !d.findElements(By.cssSelector(".fjs-form")).isEmpty());
      navegador.esperar(d -> "dideco".equals(asignada(convenio)) ? true : null);
      navegador.esperar(
          d ->
              d.findElements(BOTON_RECLAMAR).isEmpty()
                      && !d.findElements(
                              By.xpath(
                                  "//button[normalize-space()='Completar' and not(@disabled)]"))
                          .isEmpty()
                  ? true
                  : null);
      // the task's header names the convenio, not the tenant's code
      navegador.esperar(
          d ->
              d.findElements(By.cssSelector(".task-card header .omm-convenio")).stream()
                      .anyMatch(e -> e.isDisplayed() && e.getText().equals(etiqueta))
                  ? true
                  : null);
      assertThat(
              navegador.todos(By.cssSelector(".task-card header .tenant-id")).stream()
                  .noneMatch(WebElement::isDisplayed))
          .isTrue();
      navegador.captura("bandeja-2-dideco-tarea-abierta");

      TareaEnTasklist.abrir(navegador, tarea.getId())
          .texto("didecoOrdNumero", "4310")
          .fecha("didecoOrdFecha", LocalDate.of(2016, 10, 4))
          .completar();
      navegador.esperar(
          d ->
              engine
                          .getTaskService()
                          .createTaskQuery()
                          .processInstanceBusinessKey(convenio)
                          .taskDefinitionKey("Task_RevisarConvenio")
                          .count()
                      == 1
                  ? true
                  : null);
    }
  }

  @Test
  void theAdministratorsCockpitSpeaksSpanishInItsTablesAndWritesNoNull() {
    ProcessInstance instancia =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.otraComuna());

    try (Navegador navegador = Navegador.abrir(base(), "es-CL,es")) {
      navegador.iniciarSesion("cockpit", "admin", "demo");
      navegador.ir(
          "/camunda/app/cockpit/default/#/process-instance/"
              + instancia.getId()
              + "/runtime?tab=variables-tab");
      navegador.esperar(d -> textoVisible(d).contains("convenioEtiqueta") ? true : null);
      String pagina =
          navegador.esperar(d -> textoVisible(d).contains("Acciones") ? textoVisible(d) : null);
      assertThat(pagina).doesNotContain("Actions").doesNotContain("Camunda 8");
      assertThat(
              navegador.todos(By.cssSelector(".super-process-instance-id")).stream()
                  .map(WebElement::getText)
                  .toList())
          .isNotEmpty()
          .allSatisfy(texto -> assertThat(texto).isEqualTo("sin valor"));
      assertThat(palabras(pagina)).doesNotContain("null");
      navegador.captura("bandeja-3-cockpit-instancia");

      // the administrator keeps «Crear tarea»
      navegador.ir("/camunda/app/tasklist/default/");
      navegador.esperar(
          d ->
              d.findElements(By.cssSelector(".create-task-action")).stream()
                      .anyMatch(WebElement::isDisplayed)
                  ? true
                  : null);
    }
  }

  private static int contador(WebDriver driver, String filtro) {
    return driver
        .findElements(
            By.xpath(
                "//div[contains(@class,'task-filter')][.//a[contains(normalize-space(),'"
                    + filtro
                    + "')]]//span[contains(@class,'counter')]"))
        .stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .filter(texto -> texto.matches("\\d+"))
        .map(Integer::parseInt)
        .findFirst()
        .orElse(-1);
  }

  private static String textoVisible(Navegador navegador) {
    return textoVisible(navegador.driver());
  }

  private static String textoVisible(WebDriver driver) {
    return BandejaEnPagina.textoVisible(driver);
  }

  private static List<String> palabras(String texto) {
    return List.of(texto.split("[\\s,.:;()]+"));
  }

  private Task tarea(String convenio) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(convenio)
        .taskDefinitionKey("Task_SolicitarRevision")
        .singleResult();
  }

  private String asignada(String convenio) {
    Task tarea = tarea(convenio);
    return tarea == null ? null : tarea.getAssignee();
  }
}
