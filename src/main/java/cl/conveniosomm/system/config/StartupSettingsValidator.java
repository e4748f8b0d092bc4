package cl.conveniosomm.system.config;

import cl.conveniosomm.system.security.ldap.LdapProperties;
import cl.conveniosomm.system.texto.DireccionCorreo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Checks the operator's settings before any bean is created (so before anything connects anywhere),
 * and stops startup with one message per problem. Outside the demo profile every connection setting
 * and a strong admin password are mandatory.
 */
@Component
public class StartupSettingsValidator
    implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

  static final String DEMO_PROFILE = "demo";
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Set<String> BOOLEANS = Set.of("true", "false");

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    List<String> problems =
        validate(new Settings(environment), environment.acceptsProfiles(Profiles.of(DEMO_PROFILE)));
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(problems);
    }
  }

  List<String> validate(Settings settings, boolean demo) {
    List<String> problems = new ArrayList<>();
    checkDatabase(settings, demo, problems);
    checkMail(settings, demo, problems);
    checkPublicUrl(settings, demo, problems);
    checkBoolean(settings, Setting.SECURE_COOKIES, problems);
    checkBoolean(settings, Setting.SMTP_STARTTLS, problems);
    checkBoolean(settings, Setting.OIDC_BASIC, problems);
    checkOidc(settings, problems);
    checkLdap(settings, problems);
    checkFirma(settings, problems);
    problems.addAll(
        AdminPasswordPolicy.check(
            settings.get(Setting.ADMIN_USER), settings.get(Setting.ADMIN_PASSWORD), demo));
    return problems;
  }

  private void checkDatabase(Settings settings, boolean demo, List<String> problems) {
    String url = settings.get(Setting.DB_URL);
    if (url.isEmpty()) {
      problems.add(
          Setting.DB_URL.problem(
              "falta la URL JDBC de PostgreSQL, p. ej. jdbc:postgresql://db:5432/convenios"));
    } else if (!url.startsWith("jdbc:postgresql://") && !(demo && url.startsWith("jdbc:h2:"))) {
      problems.add(
          Setting.DB_URL.problem(
              "'"
                  + url
                  + "' no es una URL JDBC de PostgreSQL (debe empezar con "
                  + "jdbc:postgresql://"
                  + (demo ? " o jdbc:h2:" : "; H2 sólo se admite en el perfil demo")
                  + ")"));
    }
    if (!demo && settings.get(Setting.DB_USER).isEmpty()) {
      problems.add(Setting.DB_USER.problem("falta el usuario de la base de datos"));
    }
  }

  private void checkMail(Settings settings, boolean demo, List<String> problems) {
    String host = settings.get(Setting.SMTP_HOST);
    if (host.isEmpty()) {
      if (!demo) {
        problems.add(Setting.SMTP_HOST.problem("falta el servidor SMTP para enviar los correos"));
      }
    } else if (!HOST.matcher(host).matches()) {
      problems.add(Setting.SMTP_HOST.problem("'" + host + "' no es un nombre de servidor válido"));
    }
    String port = settings.get(Setting.SMTP_PORT);
    if (!isPort(port)) {
      problems.add(Setting.SMTP_PORT.problem("'" + port + "' no es un puerto entre 1 y 65535"));
    }
    String transport = settings.get(Setting.MAIL_TRANSPORT);
    if (!transport.isEmpty() && !Set.of("smtp", "archivo").contains(transport)) {
      problems.add(Setting.MAIL_TRANSPORT.problem("'" + transport + "' debe ser smtp o archivo"));
    }
    String from = settings.get(Setting.MAIL_FROM);
    if (from.isEmpty()) {
      if (!demo) {
        problems.add(Setting.MAIL_FROM.problem("falta la dirección remitente de los correos"));
      }
    } else if (!DireccionCorreo.esValida(from)) {
      problems.add(
          Setting.MAIL_FROM.problem("'" + from + "' no es una dirección de correo válida"));
    }
  }

  /** A token's person becomes a keyed hash: with a provider there must be a key worth the name. */
  private void checkOidc(Settings settings, List<String> problems) {
    String issuer = settings.get(Setting.OIDC_ISSUER);
    if (issuer.isEmpty()) {
      return;
    }
    if (!issuer.matches("https?://[^\\s/]+.*")) {
      problems.add(
          Setting.OIDC_ISSUER.problem(
              "'"
                  + issuer
                  + "' debe ser la URL del emisor, p. ej. https://sso.municipio.cl/realms/omm"));
    }
    if (!settings.get(Setting.OIDC_CLIENTE_ID).isEmpty()
        && settings.get(Setting.OIDC_CLIENTE_SECRETO).isEmpty()) {
      problems.add(
          Setting.OIDC_CLIENTE_SECRETO.problem(
              "falta el secreto del cliente de Convenios OMM en el proveedor"));
    }
    if (settings.get(Setting.OIDC_CLAVE).length() < 32) {
      problems.add(
          Setting.OIDC_CLAVE.problem(
              "con un proveedor OpenID Connect hace falta una clave de al menos 32 caracteres para"
                  + " seudonimizar a las personas"));
    }
  }

  /** A directory needs where its people are, which roles its groups stand for and its comuna. */
  private void checkLdap(Settings settings, List<String> problems) {
    String url = settings.get(Setting.LDAP_URL);
    if (url.isEmpty()) {
      return;
    }
    if (!url.matches("ldaps?://[^\\s/]+/?")) {
      problems.add(
          Setting.LDAP_URL.problem(
              "'" + url + "' debe ser la URL del directorio, p. ej. ldaps://dc.municipio.cl:636"));
    }
    if (settings.get(Setting.LDAP_BASE_DN).isEmpty()) {
      problems.add(
          Setting.LDAP_BASE_DN.problem("falta la base del directorio, p. ej. dc=municipio,dc=cl"));
    }
    try {
      if (LdapProperties.mapaDeGrupos(settings.get(Setting.LDAP_GRUPOS)).isEmpty()) {
        problems.add(
            Setting.LDAP_GRUPOS.problem(
                "falta qué rol da cada grupo del directorio, p. ej."
                    + " OMM-Dideco=dideco,OMM-Alcaldia=alcalde"));
      }
    } catch (IllegalArgumentException e) {
      problems.add(Setting.LDAP_GRUPOS.problem(e.getMessage()));
    }
    if (!settings.get(Setting.LDAP_COMUNA).matches("\\d{5}")) {
      problems.add(
          Setting.LDAP_COMUNA.problem(
              "falta el código de la comuna del directorio (5 dígitos, p. ej. 04101)"));
    }
  }

  /**
   * FirmaGob needs the app's registration and both signers' RUN (digits only, without the check
   * digit); the municipality's certificates, both files; either, the comunas the signers sign for.
   * A file's password is checked when it is opened at startup.
   */
  private void checkFirma(Settings settings, List<String> problems) {
    boolean firma =
        !settings.get(Setting.FIRMAGOB_URL).isEmpty()
            || !settings.get(Setting.PKCS12_ALCALDE).isEmpty();
    if (firma && !settings.get(Setting.FIRMA_COMUNAS).matches("\\s*\\d{5}\\s*(,\\s*\\d{5}\\s*)*")) {
      problems.add(
          Setting.FIRMA_COMUNAS.problem(
              "falta el código de la comuna cuya municipalidad firma con esta configuración (5"
                  + " dígitos, p. ej. 04101; varias, separadas por comas)"));
    }
    if (!settings.get(Setting.FIRMAGOB_URL).isEmpty()) {
      if (!settings.get(Setting.FIRMAGOB_URL).matches("https?://[^\\s/]+.*")) {
        problems.add(
            Setting.FIRMAGOB_URL.problem(
                "debe ser la URL de tickets de FirmaGob, p. ej."
                    + " https://api.firma.digital.gob.cl/firma/v2/files/tickets"));
      }
      for (Setting requerida : List.of(Setting.FIRMAGOB_ENTIDAD, Setting.FIRMAGOB_API_TOKEN_KEY)) {
        if (settings.get(requerida).isEmpty()) {
          problems.add(requerida.problem("falta para firmar con FirmaGob"));
        }
      }
      if (settings.get(Setting.FIRMAGOB_SECRETO).length() < 32) {
        problems.add(
            Setting.FIRMAGOB_SECRETO.problem(
                "el secreto que FirmaGob entregó al registrar la aplicación (32 caracteres o más)"));
      }
      for (Setting run : List.of(Setting.FIRMAGOB_RUN_ALCALDE, Setting.FIRMAGOB_RUN_SECRETARIO)) {
        if (!settings.get(run).matches("\\d{6,8}")) {
          problems.add(
              run.problem("el RUN sin puntos, guion ni dígito verificador, p. ej. 12345678"));
        }
      }
    } else if (!settings.get(Setting.PKCS12_ALCALDE).isEmpty()
        && settings.get(Setting.PKCS12_SECRETARIO).isEmpty()) {
      problems.add(
          Setting.PKCS12_SECRETARIO.problem(
              "falta el certificado de quien autoriza el decreto como ministro de fe"));
    }
  }

  private void checkPublicUrl(Settings settings, boolean demo, List<String> problems) {
    String url = settings.get(Setting.PUBLIC_URL);
    if (url.isEmpty()) {
      if (!demo) {
        problems.add(
            Setting.PUBLIC_URL.problem(
                "falta la URL pública del sistema (para los enlaces de los correos)"));
      }
      return;
    }
    try {
      URI uri = new URI(url);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        problems.add(
            Setting.PUBLIC_URL.problem(
                "'"
                    + url
                    + "' debe ser una URL http(s) absoluta, p. ej. https://convenios.municipio.cl"));
      }
    } catch (URISyntaxException e) {
      problems.add(Setting.PUBLIC_URL.problem("'" + url + "' no es una URL válida"));
    }
  }

  private void checkBoolean(Settings settings, Setting setting, List<String> problems) {
    String value = settings.get(setting);
    if (!value.isEmpty() && !BOOLEANS.contains(value)) {
      problems.add(setting.problem("'" + value + "' debe ser true o false"));
    }
  }

  private static boolean isPort(String value) {
    try {
      int port = Integer.parseInt(value);
      return port >= 1 && port <= 65535;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static boolean isValidUserId(String userId) {
    return USER_ID.matcher(userId).matches();
  }

  /**
   * Reads a setting's resolved property, trimmed; a placeholder that cannot resolve counts as
   * empty.
   */
  record Settings(Environment environment) {
    String get(Setting setting) {
      String value = environment.getProperty(setting.property());
      return value == null ? "" : value.trim();
    }
  }
}
