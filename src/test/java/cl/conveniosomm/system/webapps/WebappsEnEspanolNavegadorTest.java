package cl.conveniosomm.system.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Navegador;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Tasklist speaks Spanish to a browser set to Spanish or to no language; English stays for English
 * browsers.
 */
@Tag("navegador")
class WebappsEnEspanolNavegadorTest extends DemoApplicationTest {

  @ParameterizedTest(name = "idiomas del navegador: ''{0}''")
  @CsvSource(
      value = {
        "es-CL,es|Iniciar sesión|Cerrar sesión",
        "''|Iniciar sesión|Cerrar sesión",
        "en-US,en|Log in|Log out"
      },
      delimiter = '|')
  void tasklistFollowsTheBrowsersLanguageWithSpanishByDefault(
      String idiomas, String entrar, String salir) {
    try (Navegador navegador = Navegador.abrir("http://localhost:" + port, idiomas)) {
      navegador.ir("/camunda/app/tasklist/default/");
      navegador.esperar(
          d ->
              d.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"))
                      .getText()
                      .equals(entrar)
                  ? true
                  : null);
      if (idiomas.isEmpty()) {
        navegador.captura("tasklist-inicio-de-sesion");
      }

      navegador.iniciarSesion("tasklist", "dideco", "demo");

      // the Spanish filters the app creates are listed once Tasklist has loaded them
      String pagina =
          navegador.esperar(
              d ->
                  d.getPageSource().contains(salir)
                          && d.getPageSource().contains("Tareas de mi grupo")
                      ? d.getPageSource()
                      : null);
      assertThat(pagina).contains("Mis tareas").contains("Vencidas o por vencer");
      if (!idiomas.startsWith("en")) {
        assertThat(pagina).contains("Bandeja de tareas").doesNotContain(">Log out<");
        navegador.captura("tasklist-dideco");
      }
    }
  }
}
