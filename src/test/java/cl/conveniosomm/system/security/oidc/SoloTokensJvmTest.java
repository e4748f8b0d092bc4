package cl.conveniosomm.system.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.ProveedorOidc;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Once everyone has tokens, {@code OMM_OIDC_BASIC_ACTIVO=false} closes HTTP Basic on the engine
 * REST API: a right password opens nothing there, a token still does. (Its own JVM: another
 * configuration of the application.)
 */
@Tag("own-jvm")
class SoloTokensJvmTest extends DemoApplicationTest {

  @DynamicPropertySource
  static void soloTokens(DynamicPropertyRegistry registry) {
    registry.add("omm.oidc.basic-activo", () -> "false");
  }

  @Test
  void aRightPasswordOpensNothingAndATokenDoes() {
    String ruta = "/engine-rest/task/count";

    assertThat(http().getAs("dideco", "demo", ruta).statusCode()).isEqualTo(401);
    assertThat(
            http().getAs("dideco", "demo", "/engine-rest/engine/default/task/count").statusCode())
        .isEqualTo(401);
    String token = ProveedorOidc.token(ProveedorOidc.DIDECO_LA_SERENA);
    assertThat(http().get(ruta, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
  }
}
