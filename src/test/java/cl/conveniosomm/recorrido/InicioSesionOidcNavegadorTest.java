package cl.conveniosomm.recorrido;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Pdf;
import cl.conveniosomm.support.ProveedorOidc;
import cl.conveniosomm.support.ProveedorOidc.Persona;
import cl.conveniosomm.support.Registro;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person logs in as her institution does: «Ingresar con la cuenta de mi institución» under
 * Tasklist's login form takes her to the provider's own login page (a real OpenID Connect provider
 * in the test JVM), and back in Tasklist she has her comunas' tasks and only those, under a
 * pseudonym, and completes one. «Cerrar sesión» ends her session at the provider too. Someone with
 * no role of the app lands on «Sin acceso».
 */
@Tag("navegador")
class InicioSesionOidcNavegadorTest extends DemoApplicationTest {

  @Autowired ProcessEngine engine;
  @Autowired DocumentoService documentos;

  /** A loopback address: the provider sends people back to 127.0.0.1 on any port. */
  private String base() {
    return "http://127.0.0.1:" + port;
  }

  @Test
  void didecoLogsInAtHerInstitutionAndSeesHerComunasTasksOnly() {
    Map<String, Object> suya = Registro.otraComuna();
    String convenio = iniciar(suya);
    Map<String, Object> ajena = Registro.enRegion("07");
    String otro = iniciar(ajena);
    // the signed convenio is on file (its upload through the page is walked by the approval walk)
    Pdf.convenioFirmadoEn(documentos, convenio);

    try (Navegador navegador = Navegador.abrir(base(), "es-CL,es")) {
      ingresar(navegador, ProveedorOidc.DIDECO_EN_NAVEGADOR);

      String etiqueta = suya.get("comuna") + " · " + convenio;
      navegador.esperar(d -> BandejaEnPagina.tarjetaVisible(d, etiqueta));
      navegador.captura("sso-1-tasklist-de-dideco");
      assertThat(BandejaEnPagina.textoVisible(navegador.driver()))
          .doesNotContain(otro)
          .doesNotContain("15.555.555")
          .doesNotContain("15555555");
      String usuario =
          engine.getIdentityService().createUserQuery().memberOfGroup("dideco").list().stream()
              .map(u -> u.getId())
              .filter(id -> id.startsWith("oidc-"))
              .findFirst()
              .orElseThrow();
      assertThat(
              engine.getIdentityService().createTenantQuery().userMember(usuario).list().stream()
                  .map(t -> t.getId()))
          .contains((String) suya.get("comunaCodigo"))
          .doesNotContain((String) ajena.get("comunaCodigo"));

      // she completes her task, as herself
      Task tarea =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceBusinessKey(convenio)
              .taskDefinitionKey(Tareas.SOLICITAR_REVISION)
              .singleResult();
      TareaEnTasklist.abrir(navegador, tarea.getId())
          .reclamar()
          .texto("didecoOrdNumero", "4311")
          .fecha("didecoOrdFecha", LocalDate.of(2016, 10, 4))
          .completar();
      navegador.esperar(
          d ->
              engine
                          .getTaskService()
                          .createTaskQuery()
                          .processInstanceBusinessKey(convenio)
                          .taskDefinitionKey(Tareas.REVISAR_CONVENIO)
                          .count()
                      == 1
                  ? true
                  : null);
      assertThat(
              engine
                  .getHistoryService()
                  .createHistoricTaskInstanceQuery()
                  .taskId(tarea.getId())
                  .singleResult()
                  .getAssignee())
          .isEqualTo(usuario);
    }
  }

  @Test
  void someoneWithoutARoleOfTheAppLandsOnSinAcceso() {
    try (Navegador navegador = Navegador.abrir(base(), "es-CL,es")) {
      ingresar(navegador, ProveedorOidc.SIN_ROL_EN_NAVEGADOR);

      String pagina =
          navegador.esperar(
              d ->
                  d.getCurrentUrl().endsWith("/sin-acceso.html")
                      ? BandejaEnPagina.textoVisible(d)
                      : null);
      assertThat(pagina).contains("Sin acceso a Convenios OMM").contains("rol");
      navegador.captura("sso-2-sin-acceso");
    }
  }

  @Test
  void cerrarSesionEndsHerSessionHereAndAtHerInstitution() {
    String login = base() + "/camunda/app/tasklist/default/";
    ProveedorOidc.aceptarRegresoTrasSalir(login);
    try (Navegador navegador = Navegador.abrir(base(), "es-CL,es")) {
      ingresar(navegador, ProveedorOidc.DIDECO_EN_NAVEGADOR);
      navegador.esperar(d -> d.getPageSource().contains("Cerrar sesión") ? true : null);

      navegador.cerrarSesion();

      // back at the app's login page, through the provider's logout
      navegador.esperar(
          d -> d.findElements(By.cssSelector("form[name='signinForm']")).isEmpty() ? null : true);
      assertThat(navegador.driver().getCurrentUrl()).startsWith(login);
      navegador.captura("sso-3-sesion-cerrada");
      // the provider forgot her too: the institution's sign-in asks for her password again
      elegirSuInstitucion(navegador);
    }
  }

  /** From Tasklist's login page to her institution's: its login form asks for her password. */
  private static void elegirSuInstitucion(Navegador navegador) {
    navegador.pulsarHasta(
        By.linkText("Ingresar con la cuenta de mi institución"),
        d ->
            d.getCurrentUrl().startsWith(ProveedorOidc.issuer())
                && !d.findElements(By.name("username")).isEmpty());
  }

  private String iniciar(Map<String, Object> registro) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(Procesos.CONVENIO_OMM, registro)
        .getBusinessKey();
  }

  /**
   * What she does: open Tasklist, choose her institution's sign-in under the login form, type her
   * user and password at the provider.
   */
  private static void ingresar(Navegador navegador, Persona persona) {
    navegador.ir("/camunda/app/tasklist/default/");
    elegirSuInstitucion(navegador);
    navegador.elemento(By.name("username")).sendKeys(persona.usuario());
    navegador.elemento(By.name("password")).sendKeys(persona.clave());
    navegador.elemento(By.cssSelector("button[type=submit]")).click();
  }
}
