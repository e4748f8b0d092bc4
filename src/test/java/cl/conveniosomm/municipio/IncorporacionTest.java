package cl.conveniosomm.municipio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import cl.conveniosomm.municipio.catalogo.Comuna;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.system.config.InvalidSettingsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

/** Onboarding a municipality is one idempotent action: over REST, or from the startup file. */
class IncorporacionTest extends DemoApplicationTest {

  private static final String URL = "/api/operacion/municipios/";
  private static final String CUERPO =
      """
      {"usuarios": [{"id": "alcalde-canela", "nombre": "Alcaldía", "apellido": "Canela",
        "email": "alcaldia@canela.cl", "grupos": ["alcaldia"], "contrasena": "Quebrada-Municipal-2026"}]}""";

  @Autowired IdentityService identityService;
  @Autowired ArchivoMunicipios archivo;
  @Autowired IncorporacionMunicipios incorporacion;
  @Autowired ResourceLoader resourceLoader;
  @Autowired ObjectMapper json;

  @Test
  void anAdministratorOnboardsAMunicipalityAndRepeatingItChangesNothing() {
    HttpResponse<String> primera = http().putJsonAs("admin", "demo", URL + "04202", CUERPO);
    HttpResponse<String> segunda = http().putJsonAs("admin", "demo", URL + "04202", CUERPO);

    assertThat(primera.statusCode()).as(primera.body()).isEqualTo(200);
    assertThat(primera.body())
        .contains("usuario alcalde-canela creado")
        .contains("alcalde-canela en el tenant 04202");
    assertThat(segunda.statusCode()).isEqualTo(200);
    assertThat(segunda.body()).contains("\"cambios\":[]");
    assertThat(identityService.checkPassword("alcalde-canela", "Quebrada-Municipal-2026")).isTrue();
    assertThat(
            identityService
                .createTenantQuery()
                .userMember("alcalde-canela")
                .includingGroupsOfUser(true)
                .list())
        .extracting(tenant -> tenant.getId())
        .containsExactly("04202");
    assertThat(
            identityService
                .createUserQuery()
                .memberOfGroup("alcaldia")
                .userId("alcalde-canela")
                .count())
        .isOne();
    assertThat(
            identityService
                .createTenantQuery()
                .groupMember("sernameg-region-04")
                .tenantId("04202")
                .count())
        .isOne();
    assertThat(
            identityService
                .createTenantQuery()
                .groupMember(Municipios.SERNAMEG_NACIONAL)
                .tenantId("04202")
                .count())
        .isOne();
  }

  @Test
  void onlyAdministratorsOnboardAndABadRequestIsRefusedInSpanishChangingNothing() {
    assertThat(http().putJsonAs("dideco", "demo", URL + "13102", "{}").statusCode()).isEqualTo(403);

    HttpResponse<String> comuna = http().putJsonAs("admin", "demo", URL + "99999", "{}");
    assertThat(comuna.statusCode()).isEqualTo(400);
    assertThat(comuna.body()).contains("no está en el catálogo");

    HttpResponse<String> sinClave =
        http()
            .putJsonAs(
                "admin",
                "demo",
                URL + "13103",
                """
        {"usuarios": [{"id": "dideco-cerrillos", "nombre": "D", "apellido": "C", "email": "d@cerrillos.cl",
          "grupos": ["dideco"]}]}""");
    assertThat(sinClave.statusCode()).isEqualTo(400);
    assertThat(sinClave.body()).contains("contraseña inicial");
    assertThat(identityService.createTenantQuery().tenantId("13103").count())
        .as("nothing half done")
        .isZero();

    HttpResponse<String> grupo =
        http()
            .putJsonAs(
                "admin",
                "demo",
                URL + "13103",
                """
        {"usuarios": [{"id": "x", "nombre": "D", "apellido": "C", "email": "d@cerrillos.cl",
          "grupos": ["camunda-admin"], "contrasena": "Cerrillos-2026-x"}]}""");
    assertThat(grupo.statusCode()).isEqualTo(400);
    assertThat(grupo.body()).contains("roles municipales");
    assertThat(identityService.createUserQuery().userId("x").count()).isZero();
  }

  @Test
  void theDemoFileOnboardsEveryComunaOfCoquimboAndRunningItAgainChangesNothing() {
    var coquimbo = new CatalogoComunas().deRegion("04").stream().map(Comuna::codigo).toList();
    long membresias = identityService.createTenantQuery().groupMember("sernameg-region-04").count();

    archivo.incorporar();

    assertThat(identityService.createTenantQuery().groupMember("sernameg-region-04").count())
        .isEqualTo(membresias);
    assertThat(identityService.createTenantQuery().groupMember("sernameg-region-04").list())
        .extracting(tenant -> tenant.getId())
        .containsAll(coquimbo);
    assertThat(identityService.createTenantQuery().userMember("dideco").list())
        .extracting(tenant -> tenant.getId())
        .contains("04101")
        .doesNotContain("04103");
    assertThat(identityService.createTenantQuery().userMember("dideco-coquimbo").list())
        .extracting(tenant -> tenant.getId())
        .containsExactly("04102");
  }

  @Test
  void aBadStartupFileStopsStartupInSpanishNamingTheEntryAndOnboardsNothing(@TempDir Path carpeta)
      throws Exception {
    Path conError = carpeta.resolve("municipios.json");
    Files.writeString(
        conError,
        """
        [{"comuna": "11101", "usuarios": []}, {"comuna": "11201", "usuarios": []}, {"comuna": "99999"}]""");
    Path noEsJson = carpeta.resolve("roto.json");
    Files.writeString(noEsJson, "[{\"comuna\": ");

    assertThatThrownBy(() -> archivo(conError).incorporar())
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("nada cambió")
        .hasMessageContaining("Municipalidad N° 3 (comuna '99999')")
        .hasMessageContaining("no está en el catálogo");
    assertThatThrownBy(() -> archivo(noEsJson).incorporar())
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("no se pudo leer como lista JSON");
    assertThat(identityService.createTenantQuery().tenantIdIn("11101", "11201").count()).isZero();
  }

  private ArchivoMunicipios archivo(Path ruta) {
    return new ArchivoMunicipios(incorporacion, resourceLoader, json, ruta.toUri().toString());
  }
}
