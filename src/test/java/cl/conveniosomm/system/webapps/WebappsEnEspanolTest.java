package cl.conveniosomm.system.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The running app serves its Spanish configuration and locale files in place of Camunda's defaults.
 */
class WebappsEnEspanolTest extends DemoApplicationTest {

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void eachWebappGetsTheSpanishConfigurationAndLocale(String app) {
    var config = http().get("/camunda/app/" + app + "/scripts/config.js");
    var spanish = http().get("/camunda/app/" + app + "/locales/es.json");
    var english = http().get("/camunda/app/" + app + "/locales/en.json");

    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body())
        .contains("from '../../omm/espanol.js'")
        .contains("vendor: 'Convenios OMM'");
    var comun = http().get("/camunda/app/omm/espanol.js");
    assertThat(comun.statusCode()).isEqualTo(200);
    assertThat(comun.body()).contains("fallbackLocale: 'es'");
    assertThat(spanish.statusCode()).isEqualTo(200);
    assertThat(spanish.body()).contains("\"PAGE_LOGIN_PASSWORD\": \"Contraseña\"");
    assertThat(english.statusCode()).as("English stays selectable").isEqualTo(200);
  }
}
