package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Eleven wrong passwords in a row: ten are refused as usual, the eleventh (and the right password
 * after it) answers 429 in Spanish without reaching the engine, and a WARN line names the user and
 * the address; other users are not affected. The same on each way to log in.
 */
@ExtendWith(OutputCaptureExtension.class)
class IntentosLoginTest extends DemoApplicationTest {

  private static final String CLAVE = "Clave-Correcta-2026!";

  @Autowired IdentityService identityService;

  @Test
  void theWebappLoginIsThrottledAfterTenFailures(CapturedOutput output) {
    String usuario = nuevoUsuario();
    assertThrottled(usuario, output, (user, password) -> http().webappLogin("tasklist", user, password));
  }

  @Test
  void httpBasicOnTheEngineRestApiIsThrottledAfterTenFailures(CapturedOutput output) {
    String usuario = nuevoUsuario();
    assertThrottled(usuario, output, (user, password) -> http().getAs(user, password, "/engine-rest/task/count"));
  }

  @Test
  void httpBasicOnTheAppEndpointsIsThrottledAfterTenFailures(CapturedOutput output) {
    String usuario = nuevoUsuario();
    assertThrottled(usuario, output, (user, password) -> http().getAs(user, password, "/api/plazos"));
  }

  @Test
  void aSuccessfulLoginClearsTheCount() {
    String usuario = nuevoUsuario();
    for (int i = 0; i < 9; i++) {
      assertThat(http().getAs(usuario, "mala-" + i, "/api/plazos").statusCode()).isEqualTo(401);
    }
    // the engine delays a user's logins after failures: wait until the right password is accepted
    identityService.unlockUser(usuario);
    assertThat(http().getAs(usuario, CLAVE, "/api/plazos").statusCode()).isEqualTo(200);

    for (int i = 0; i < 3; i++) {
      assertThat(http().getAs(usuario, "otra-" + i, "/api/plazos").statusCode()).isEqualTo(401);
    }
  }

  private void assertThrottled(String usuario, CapturedOutput output,
      BiFunction<String, String, HttpResponse<String>> login) {
    for (int i = 1; i <= 10; i++) {
      assertThat(login.apply(usuario, "equivocada-" + i).statusCode()).as("intento %d", i).isEqualTo(401);
    }

    HttpResponse<String> undecimo = login.apply(usuario, "equivocada-11");
    HttpResponse<String> conLaCorrecta = login.apply(usuario, CLAVE);

    assertThat(undecimo.statusCode()).isEqualTo(429);
    assertThat(undecimo.body()).contains("Demasiados intentos fallidos").contains("Espere 15 minutos");
    assertThat(undecimo.headers().firstValue("Retry-After")).isPresent();
    assertThat(conLaCorrecta.statusCode()).isEqualTo(429);
    assertThat(output.getOut()).containsPattern("WARN .*Inicio de sesión bloqueado por intentos fallidos: usuario «"
        + usuario + "» desde 127\\.0\\.0\\.1");
    assertThat(http().getAs("dideco", "demo", "/engine-rest/task/count").statusCode()).isEqualTo(200);
  }

  private String nuevoUsuario() {
    String id = "intentos-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setPassword(CLAVE);
    identityService.saveUser(user);
    return id;
  }
}
