package cl.conveniosomm.system.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Navegador;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * «Cerrar sesión» in each webapp ends the session: the person lands on the login page, and opening
 * the webapp again asks for her password. (Through the institution's provider: {@code
 * InicioSesionOidcNavegadorTest}.)
 */
@Tag("navegador")
class CerrarSesionNavegadorTest extends DemoApplicationTest {

  private static final By FORMULARIO_DE_INGRESO = By.cssSelector("form[name='signinForm']");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void cerrarSesionEndsTheSessionInEveryWebapp(String app) {
    try (Navegador navegador = Navegador.abrir("http://localhost:" + port, "es-CL,es")) {
      navegador.iniciarSesion(app, "admin", "demo");
      navegador.esperar(d -> d.getPageSource().contains("Cerrar sesión") ? true : null);

      navegador.cerrarSesion();

      navegador.esperar(d -> d.findElements(FORMULARIO_DE_INGRESO).isEmpty() ? null : true);
      // the app ended the session (the webapp's own logout would have stayed in the webapp)
      assertThat(navegador.driver().getCurrentUrl()).contains("/camunda/app/tasklist/default/");
      navegador.ir("/camunda/app/" + app + "/default/");
      navegador.esperar(d -> d.findElements(FORMULARIO_DE_INGRESO).isEmpty() ? null : true);
    }
  }
}
