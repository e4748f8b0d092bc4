package cl.conveniosomm.system.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.conveniosomm.ConveniosOmmApplication;
import cl.conveniosomm.system.config.StartupSettingsValidator.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class StartupSettingsValidatorTest {

  private final StartupSettingsValidator validator = new StartupSettingsValidator();

  private static Map<String, Object> production() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("spring.datasource.url", "jdbc:postgresql://db:5432/convenios");
    settings.put("spring.datasource.username", "convenios");
    settings.put("spring.mail.host", "smtp.municipio.cl");
    settings.put("spring.mail.port", "587");
    settings.put("omm.mail.from", "convenios@municipio.cl");
    settings.put("omm.public-url", "https://convenios.municipio.cl");
    settings.put("camunda.bpm.admin-user.id", "admin");
    settings.put("camunda.bpm.admin-user.password", "Clave-Larga-2026!");
    return settings;
  }

  private List<String> validate(Map<String, Object> values, boolean demo) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", values));
    return validator.validate(new Settings(environment), demo);
  }

  @Test
  void acceptsACompleteProductionConfiguration() {
    assertThat(validate(production(), false)).isEmpty();
  }

  @Test
  void demoNeedsNoConnectionSettingsNorPasswordPolicy() {
    assertThat(
            validate(
                Map.of(
                    "spring.datasource.url",
                    "jdbc:h2:file:./data/x",
                    "spring.mail.port",
                    "1025",
                    "camunda.bpm.admin-user.id",
                    "admin",
                    "camunda.bpm.admin-user.password",
                    "demo"),
                true))
        .isEmpty();
  }

  @Test
  void refusesAMissingAdminPassword() {
    Map<String, Object> settings = production();
    settings.remove("camunda.bpm.admin-user.password");

    assertThat(validate(settings, false))
        .singleElement()
        .asString()
        .startsWith("OMM_ADMIN_PASSWORD")
        .contains("falta");
  }

  @Test
  void refusesAnAdminPasswordEqualToTheUserId() {
    Map<String, Object> settings = production();
    settings.put("camunda.bpm.admin-user.password", "admin");

    assertThat(validate(settings, false)).singleElement().asString().contains("igual al usuario");
  }

  @Test
  void refusesWeakAdminPasswords() {
    for (String weak :
        List.of(
            "demo",
            "corta1A!",
            "todoenminusculasylargo",
            "Camunda-2026-largo",
            "Admin-2026-xyz!")) {
      Map<String, Object> settings = production();
      settings.put("camunda.bpm.admin-user.password", weak);

      assertThat(validate(settings, false)).as(weak).singleElement().asString().contains("débil");
    }
  }

  @Test
  void refusesAnAdminPasswordTheEnginesPasswordPolicyWouldRefuse() {
    Map<String, Object> settings = production();
    settings.put("camunda.bpm.admin-user.password", "ClaveLarga2026sinSimbolo");

    assertThat(validate(settings, false))
        .singleElement()
        .asString()
        .startsWith("OMM_ADMIN_PASSWORD")
        .contains("débil")
        .contains("tener un símbolo");
  }

  @Test
  void refusesH2AndMalformedDatabaseUrlsOutsideTheDemo() {
    Map<String, Object> settings = production();
    settings.put("spring.datasource.url", "jdbc:h2:mem:x");
    assertThat(validate(settings, false))
        .singleElement()
        .asString()
        .startsWith("OMM_DB_URL")
        .contains("PostgreSQL");

    settings.put("spring.datasource.url", "postgres://db/convenios");
    assertThat(validate(settings, false)).singleElement().asString().startsWith("OMM_DB_URL");

    settings.remove("spring.datasource.url");
    assertThat(validate(settings, false))
        .singleElement()
        .asString()
        .startsWith("OMM_DB_URL")
        .contains("falta");
  }

  @Test
  void namesEveryBadMailAndUrlSetting() {
    Map<String, Object> settings = production();
    settings.put("spring.mail.host", "smtp host");
    settings.put("spring.mail.port", "70000");
    settings.put("omm.mail.from", "no-es-correo");
    settings.put("omm.public-url", "convenios.municipio.cl");
    settings.put("omm.secure-cookies", "quizas");
    settings.put("omm.mail.transport", "paloma");

    assertThat(validate(settings, false))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_SMTP_HOST"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_SMTP_PORT").contains("70000"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_MAIL_FROM"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_PUBLIC_URL"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_SECURE_COOKIES"))
        .anySatisfy(
            problem -> assertThat(problem).startsWith("OMM_MAIL_TRANSPORT").contains("paloma"))
        .hasSize(6);
  }

  @Test
  void refusesMissingConnectionSettingsOutsideTheDemo() {
    Map<String, Object> settings = production();
    settings.remove("spring.mail.host");
    settings.remove("omm.mail.from");
    settings.remove("omm.public-url");
    settings.remove("spring.datasource.username");

    assertThat(validate(settings, false))
        .hasSize(4)
        .allSatisfy(problem -> assertThat(problem).contains("falta"));
  }

  @Test
  void theApplicationStopsBeforeConnectingAndExplainsWhyInSpanish() {
    SpringApplication application = new SpringApplication(ConveniosOmmApplication.class);
    application.setDefaultProperties(
        Map.of("spring.datasource.url", "jdbc:postgresql://localhost:1/none"));

    assertThatThrownBy(() -> application.run("--camunda.bpm.admin-user.password=admin"))
        .isInstanceOf(InvalidSettingsException.class)
        .satisfies(
            failure -> {
              FailureAnalysis analysis = new InvalidSettingsFailureAnalyzer().analyze(failure);
              assertThat(analysis.getDescription())
                  .contains("no puede iniciar")
                  .contains("OMM_ADMIN_PASSWORD")
                  .contains("OMM_SMTP_HOST");
              assertThat(analysis.getAction()).contains("README");
            });
  }

  @Test
  void anOidcProviderNeedsAnIssuerUrlAndAPseudonymKey() {
    Map<String, Object> settings = production();
    settings.put("omm.oidc.issuer", "sso.municipio.cl");
    settings.put("omm.oidc.clave-seudonimo", "corta");
    settings.put("omm.oidc.basic-activo", "quizas");
    settings.put("omm.oidc.cliente-id", "convenios-omm");

    assertThat(validate(settings, false))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_OIDC_ISSUER"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_OIDC_CLAVE_SEUDONIMO"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_OIDC_BASIC_ACTIVO"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_OIDC_CLIENTE_SECRETO"));

    settings.put("omm.oidc.issuer", "https://sso.municipio.cl/realms/omm");
    settings.put("omm.oidc.clave-seudonimo", "k".repeat(32));
    settings.put("omm.oidc.basic-activo", "false");
    settings.put("omm.oidc.cliente-secreto", "s".repeat(40));
    assertThat(validate(settings, false)).isEmpty();
  }

  @Test
  void aDirectoryNeedsItsBaseTheRolesOfItsGroupsAndItsComuna() {
    Map<String, Object> settings = production();
    settings.put("omm.ldap.url", "dc.municipio.cl");
    settings.put("omm.ldap.grupos", "OMM-Dideco=dideco, sin-rol");

    assertThat(validate(settings, false))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_LDAP_URL"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_LDAP_BASE_DN"))
        .anySatisfy(
            problem -> assertThat(problem).startsWith("OMM_LDAP_GRUPOS").contains("«sin-rol»"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_LDAP_COMUNA"));

    settings.put("omm.ldap.grupos", "");
    assertThat(validate(settings, false))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_LDAP_GRUPOS").contains("falta"));

    settings.put("omm.ldap.url", "ldaps://dc.municipio.cl:636");
    settings.put("omm.ldap.base-dn", "dc=municipio,dc=cl");
    settings.put("omm.ldap.grupos", "OMM Dideco=dideco,OMM-Alcaldía=alcalde");
    settings.put("omm.ldap.comuna", "04101");
    assertThat(validate(settings, false)).isEmpty();
  }

  @Test
  void firmaGobNeedsItsRegistrationAndBothRuns() {
    Map<String, Object> settings = production();
    settings.put(
        "omm.firma.firmagob.url", "https://api.firma.digital.gob.cl/firma/v2/files/tickets");
    settings.put("omm.firma.firmagob.secreto", "corto");
    settings.put("omm.firma.firmagob.run-alcalde", "12.345.678-5");

    assertThat(validate(settings, false))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_FIRMA_FIRMAGOB_ENTIDAD"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_FIRMA_FIRMAGOB_API_TOKEN_KEY"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_FIRMA_FIRMAGOB_SECRETO"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_FIRMA_FIRMAGOB_RUN_ALCALDE"))
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_FIRMA_FIRMAGOB_RUN_SECRETARIO"))
        // the RUN typed is never echoed back
        .noneSatisfy(problem -> assertThat(problem).contains("12.345.678"));

    settings.put("omm.firma.firmagob.entidad", "Ilustre Municipalidad de La Serena");
    settings.put("omm.firma.firmagob.api-token-key", "convenios-omm");
    settings.put("omm.firma.firmagob.secreto", "s".repeat(32));
    settings.put("omm.firma.firmagob.run-alcalde", "12345678");
    settings.put("omm.firma.firmagob.run-secretario", "9876543");
    assertThat(validate(settings, false))
        .singleElement()
        .satisfies(problem -> assertThat(problem).startsWith("OMM_FIRMA_COMUNAS"));

    settings.put("omm.firma.comunas", "04101, 04102");
    assertThat(validate(settings, false)).isEmpty();
  }

  @Test
  void theMunicipalitysCertificatesComeInPairs() {
    Map<String, Object> settings = production();
    settings.put("omm.firma.pkcs12.alcalde-archivo", "/run/secrets/alcalde.p12");
    settings.put("omm.firma.comunas", "La Serena");

    assertThat(validate(settings, false))
        .hasSize(2)
        .anySatisfy(problem -> assertThat(problem).startsWith("OMM_FIRMA_COMUNAS"))
        .anySatisfy(
            problem -> assertThat(problem).startsWith("OMM_FIRMA_PKCS12_SECRETARIO_ARCHIVO"));
  }
}
