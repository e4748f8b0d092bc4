package cl.conveniosomm.garantias.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.HttpClientSupport;
import cl.conveniosomm.support.RawHttpClient;
import cl.conveniosomm.system.security.LoginThrottle;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Eleven wrong passwords in a row: ten are refused as usual, the eleventh (and the right password
 * after it) answers 429 in Spanish without reaching the engine, and a WARN line names the user and
 * the address; other users are not affected. The same on each way to log in, however the request
 * spells its credentials, and in parallel. The count is per client address: an attacker elsewhere
 * (127.0.0.2) cannot lock a user out, nor can the engine's own lock; a forged X-Forwarded-For is
 * not the client's address.
 */
@ExtendWith(OutputCaptureExtension.class)
class IntentosLoginTest extends DemoApplicationTest {

  private static final String CLAVE = "Clave-Correcta-2026!";

  @Autowired IdentityService identityService;
  @Autowired LoginThrottle throttle;
  @Autowired AuthorizationService authorizationService;

  @BeforeEach
  @AfterEach
  void otherTestsStartFromZero() {
    // one shared context: this class's failures from 127.0.0.1 must not count against other tests
    throttle.clear();
  }

  @Test
  void theWebappLoginIsThrottledAfterTenFailures(CapturedOutput output) {
    String usuario = nuevoUsuario();
    assertThrottled(
        usuario, output, (user, password) -> http().webappLogin("tasklist", user, password));
  }

  @Test
  void httpBasicOnTheEngineRestApiIsThrottledAfterTenFailures(CapturedOutput output) {
    String usuario = nuevoUsuario();
    assertThrottled(
        usuario,
        output,
        (user, password) -> http().getAs(user, password, "/engine-rest/task/count"));
  }

  @Test
  void httpBasicOnTheAppEndpointsIsThrottledAfterTenFailures(CapturedOutput output) {
    String usuario = nuevoUsuario();
    assertThrottled(
        usuario, output, (user, password) -> http().getAs(user, password, "/api/plazos"));
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

  /**
   * Spellings of HTTP Basic that Camunda's REST API authenticates although they are not strict
   * Base64.
   */
  static Stream<Arguments> camundaSpellings() {
    return Stream.of(
        Arguments.of("trailing junk", (Spelling) b64 -> "Basic " + b64 + "*"),
        Arguments.of(
            "junk inside",
            (Spelling) b64 -> "Basic " + b64.substring(0, 4) + "!" + b64.substring(4)),
        Arguments.of("extra space", (Spelling) b64 -> "Basic  " + b64),
        Arguments.of(
            "spaces inside",
            (Spelling) b64 -> "Basic " + String.join(" ", b64.split("(?<=\\G....)"))),
        Arguments.of("no padding", (Spelling) b64 -> "Basic " + b64.replace("=", "")),
        Arguments.of("padding doubled", (Spelling) b64 -> "Basic " + b64 + "=="));
  }

  interface Spelling {
    String header(String base64);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("camundaSpellings")
  void lenientBasicSpellingsCamundaAcceptsAreCountedToo(
      String name, Spelling spelling, CapturedOutput output) {
    String usuario = nuevoUsuario();
    RawHttpClient cliente = new RawHttpClient("127.0.0.1", port);
    // a real way in: Camunda logs this spelling in with the right password
    assertThat(
            cliente
                .getWithAuthorization("/engine-rest/task/count", spelled(spelling, usuario, CLAVE))
                .status())
        .isEqualTo(200);

    for (int i = 1; i <= 10; i++) {
      assertThat(
              cliente
                  .getWithAuthorization(
                      "/engine-rest/task/count", spelled(spelling, usuario, "equivocada-" + i))
                  .status())
          .as("intento %d", i)
          .isEqualTo(401);
    }
    RawHttpClient.Response undecimo =
        cliente.getWithAuthorization(
            "/engine-rest/task/count", spelled(spelling, usuario, "equivocada-11"));
    RawHttpClient.Response conLaCorrecta =
        cliente.getWithAuthorization("/engine-rest/task/count", spelled(spelling, usuario, CLAVE));

    assertThat(undecimo.status()).isEqualTo(429);
    assertThat(undecimo.header("Retry-After")).isPresent();
    assertThat(conLaCorrecta.status()).isEqualTo(429);
    // nor does the strict spelling get around it
    assertThat(http().getAs(usuario, CLAVE, "/engine-rest/task/count").statusCode()).isEqualTo(429);
    assertThat(output.getOut())
        .containsPattern(
            "WARN .*Inicio de sesión bloqueado por intentos fallidos: usuario «"
                + usuario
                + "» desde 127\\.0\\.0\\.1");
  }

  @Test
  void anAttackerElsewhereCannotLockAUserOut() {
    String usuario = nuevoUsuario();
    RawHttpClient atacante = new RawHttpClient("127.0.0.2", port);
    for (int i = 1; i <= 6; i++) {
      atacante.webappLogin("tasklist", usuario, "equivocada-" + i);
    }
    for (int i = 7; i <= 12; i++) {
      atacante.getWithAuthorization(
          "/engine-rest/task/count", HttpClientSupport.basic(usuario, "equivocada-" + i));
    }
    assertThat(
            atacante
                .getWithAuthorization("/api/plazos", HttpClientSupport.basic(usuario, CLAVE))
                .status())
        .as("from the attacker's address she is slowed down")
        .isEqualTo(429);

    // from her own address (127.0.0.1) the right password works on every way in, at once: neither
    // the throttle nor the engine's own lock (for ever after 10 failures, by default) refuse it
    assertThat(http().getAs(usuario, CLAVE, "/engine-rest/task/count").statusCode()).isEqualTo(200);
    assertThat(http().getAs(usuario, CLAVE, "/api/plazos").statusCode()).isEqualTo(200);
    permitirTasklist(usuario);
    assertThat(http().webappLogin("tasklist", usuario, CLAVE).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherUsersPasswordCheckOnTheRestApiIsCountedToo() {
    String usuario = nuevoUsuario();
    RawHttpClient atacante = new RawHttpClient("127.0.0.2", port);
    String admin = HttpClientSupport.basic("admin", "demo");
    for (int i = 1; i <= 10; i++) {
      RawHttpClient.Response verify =
          atacante.send(
              "POST",
              "/engine-rest/identity/verify",
              "{\"username\":\"" + usuario + "\",\"password\":\"equivocada-" + i + "\"}",
              "Content-Type",
              "application/json",
              "Authorization",
              admin);
      assertThat(verify.body()).as("intento %d", i).contains("\"authenticated\":false");
    }

    RawHttpClient.Response conLaCorrecta =
        atacante.send(
            "POST",
            "/engine-rest/identity/verify",
            "{\"username\":\"" + usuario + "\",\"password\":\"" + CLAVE + "\"}",
            "Content-Type",
            "application/json",
            "Authorization",
            admin);

    // no longer an oracle for this user from there (the engine's answer is already sent: 200, not
    // 429)...
    assertThat(conLaCorrecta.body())
        .contains("\"authenticated\":false")
        .doesNotContain("\"authenticated\":true");
    // ...and she still logs in from her own address
    assertThat(http().getAs(usuario, CLAVE, "/api/plazos").statusCode()).isEqualTo(200);
  }

  @Test
  void parallelGuessesCheckNoMorePasswordsThanTheLimit() throws Exception {
    String usuario = nuevoUsuario();
    ExecutorService pool = Executors.newFixedThreadPool(30);
    try {
      List<Future<Integer>> respuestas = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String clave = "paralela-" + i;
        respuestas.add(
            pool.submit(
                () ->
                    new RawHttpClient("127.0.0.2", port)
                        .getWithAuthorization(
                            "/engine-rest/task/count", HttpClientSupport.basic(usuario, clave))
                        .status()));
      }
      List<Integer> estados = new ArrayList<>();
      for (Future<Integer> respuesta : respuestas) {
        estados.add(respuesta.get());
      }

      assertThat(estados).filteredOn(estado -> estado == 401).hasSizeLessThanOrEqualTo(10);
      assertThat(estados).filteredOn(estado -> estado != 401).containsOnly(429);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aForgedXForwardedForIsNotTheClientAddress(CapturedOutput output) {
    String usuario = nuevoUsuario();
    RawHttpClient cliente = new RawHttpClient("127.0.0.1", port);
    for (int i = 1; i <= 10; i++) {
      // a new address each time, as if each came from another client behind a proxy
      cliente.send(
          "GET",
          "/engine-rest/task/count",
          null,
          "X-Forwarded-For",
          "203.0.113." + i,
          "Authorization",
          HttpClientSupport.basic(usuario, "equivocada-" + i));
    }

    RawHttpClient.Response undecimo =
        cliente.send(
            "GET",
            "/engine-rest/task/count",
            null,
            "X-Forwarded-For",
            "198.51.100.7",
            "Authorization",
            HttpClientSupport.basic(usuario, "equivocada-11"));

    assertThat(undecimo.status()).isEqualTo(429);
    assertThat(output.getOut())
        .containsPattern(
            "Inicio de sesión bloqueado por intentos fallidos: usuario «"
                + usuario
                + "» desde 127\\.0\\.0\\.1")
        .doesNotContain("desde 203.0.113.")
        .doesNotContain("desde 198.51.100.7");
  }

  private static String spelled(Spelling spelling, String user, String password) {
    return spelling.header(
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private void assertThrottled(
      String usuario,
      CapturedOutput output,
      BiFunction<String, String, HttpResponse<String>> login) {
    for (int i = 1; i <= 10; i++) {
      assertThat(login.apply(usuario, "equivocada-" + i).statusCode())
          .as("intento %d", i)
          .isEqualTo(401);
    }

    HttpResponse<String> undecimo = login.apply(usuario, "equivocada-11");
    HttpResponse<String> conLaCorrecta = login.apply(usuario, CLAVE);

    assertThat(undecimo.statusCode()).isEqualTo(429);
    assertThat(undecimo.body())
        .contains("Demasiados intentos fallidos")
        .contains("Espere 15 minutos");
    assertThat(undecimo.headers().firstValue("Retry-After")).isPresent();
    assertThat(conLaCorrecta.statusCode()).isEqualTo(429);
    assertThat(output.getOut())
        .containsPattern(
            "WARN .*Inicio de sesión bloqueado por intentos fallidos: usuario «"
                + usuario
                + "» desde 127\\.0\\.0\\.1");
    assertThat(http().getAs("dideco", "demo", "/engine-rest/task/count").statusCode())
        .isEqualTo(200);
  }

  private void permitirTasklist(String usuario) {
    Authorization acceso =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    acceso.setUserId(usuario);
    acceso.setResource(Resources.APPLICATION);
    acceso.setResourceId("tasklist");
    acceso.addPermission(Permissions.ACCESS);
    authorizationService.saveAuthorization(acceso);
  }

  private String nuevoUsuario() {
    String id = "intentos-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setPassword(CLAVE);
    identityService.saveUser(user);
    return id;
  }
}
