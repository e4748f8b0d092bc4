package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.proceso.Procesos;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Navegador;
import cl.conveniosomm.support.Registro;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium, logged in to Tasklist: the document page and its calls, loaded as a browser
 * loads them (several at once) and then many more at once from the page, all arrive logged in on
 * the one session Tasklist opened; none is asked for Basic credentials, and Tasklist is still
 * logged in after.
 */
@Tag("navegador")
class SesionEnNavegadorTest extends DemoApplicationTest {

  @Autowired ProcessEngine engine;

  @Test
  void theAppsPagesLoadedInParallelStayOnTheTasklistSession() {
    String convenio =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(Procesos.CONVENIO_OMM, Registro.otraComuna())
            .getBusinessKey();
    String tarea =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(convenio)
            .singleResult()
            .getId();

    try (Navegador navegador = Navegador.abrir("http://localhost:" + port, "es-CL,es")) {
      navegador.iniciarSesion("tasklist", "dideco", "demo");
      String sesion = navegador.driver().manage().getCookieNamed("JSESSIONID").getValue();

      navegador.ir("/documentos.html");
      navegador.esperar(d -> d.findElement(By.id("pendientes")).isDisplayed() ? true : null);
      assertThat(navegador.elemento(By.id("pendientes")).getText()).contains(convenio);

      @SuppressWarnings("unchecked")
      List<Map<String, Object>> respuestas =
          (List<Map<String, Object>>)
              ((JavascriptExecutor) navegador.driver())
                  .executeAsyncScript(
                      """
          const listo = arguments[arguments.length - 1];
          const rutas = ['/documentos.html', '/documentos.css', '/documentos.js', '/api/documentos/pendientes',
            '/api/decretos/borradores', '/api/tareas/' + arguments[0] + '/documentos'];
          const pedidos = [];
          for (let vez = 0; vez < 5; vez++) {
            for (const ruta of rutas) {
              pedidos.push(fetch(ruta, {credentials: 'same-origin'}).then(r => ({ruta, estado: r.status,
                desafio: r.headers.get('WWW-Authenticate') || ''})));
            }
          }
          Promise.all(pedidos).then(listo, e => listo([{ruta: 'error', estado: 0, desafio: String(e)}]));
          """,
                      tarea);

      assertThat(respuestas)
          .hasSize(30)
          .allSatisfy(
              respuesta -> {
                assertThat(respuesta.get("estado")).as(respuesta.toString()).isEqualTo(200L);
                assertThat(respuesta.get("desafio")).as(respuesta.toString()).isEqualTo("");
              });
      assertThat(navegador.driver().manage().getCookieNamed("JSESSIONID").getValue())
          .isEqualTo(sesion);

      // two tabs at once, as a person opens the page next to Tasklist
      navegador.js(
          "window.open('/documentos.html'); window.open('/camunda/app/tasklist/default/');");
      navegador.esperar(d -> d.getWindowHandles().size() == 3 ? true : null);
      for (String pestana : navegador.driver().getWindowHandles()) {
        navegador.driver().switchTo().window(pestana);
        if (navegador.driver().getCurrentUrl().endsWith("/documentos.html")) {
          navegador.esperar(d -> d.findElement(By.id("pendientes")).isDisplayed() ? true : null);
        }
      }
      assertThat(navegador.driver().manage().getCookieNamed("JSESSIONID").getValue())
          .isEqualTo(sesion);

      // the page's «Tasklist» link opens Tasklist still logged in
      navegador.ir("/documentos.html");
      navegador.elemento(By.linkText("Tasklist")).click();
      navegador.esperar(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/") ? true : null);
      navegador.esperar(d -> d.findElements(By.cssSelector(".tasks-list")).isEmpty() ? null : true);
      assertThat(navegador.todos(By.cssSelector("form[name='signinForm']"))).isEmpty();
      assertThat(
              ((JavascriptExecutor) navegador.driver())
                  .executeAsyncScript(
                      "fetch('/camunda/api/admin/auth/user/default').then(r => r.text()).then(arguments[0]);"))
          .asString()
          .contains("\"userId\":\"dideco\"");
      navegador.captura("sesion-tasklist-tras-documentos");
    }
  }
}
