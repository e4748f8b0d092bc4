package cl.conveniosomm.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider in the test JVM (Spring Authorization Server), started once on a
 * free port: its discovery document, published keys and token endpoint, as a Keycloak would serve
 * them. Its clients stand for people: each token carries the client's groups and comunas, and a
 * {@code sub} that is a RUN, to prove the app never keeps it.
 */
public final class ProveedorOidc {

  /** A client of the provider: who its tokens stand for. */
  public record Cliente(String id, String run, List<String> grupos, List<String> comunas) {}

  /** DIDECO of every comuna where tests register convenios ({@link Registro#otraComuna()}). */
  public static final Cliente DIDECO_OTRAS =
      new Cliente(
          "dideco-otras",
          "12.345.678-5",
          List.of("DIRECCION-SOCIAL"),
          Registro.OTRAS.stream().map(comuna -> comuna.codigo()).toList());

  /** DIDECO of La Serena only. */
  public static final Cliente DIDECO_LA_SERENA =
      new Cliente("dideco-la-serena", "9.876.543-3", List.of("dideco"), List.of("04101"));

  public static final Cliente SIN_ROL =
      new Cliente("sin-rol", "11.111.111-1", List.of("otra-cosa"), List.of("04101"));

  /** Its tokens expired five minutes before they were issued to the caller. */
  public static final Cliente VENCIDO =
      new Cliente("vencido", "12.345.678-5", List.of("dideco"), List.of("04101"));

  /** The app's client for people's browser login (authorization code). */
  public static final String CLIENTE_APP = "convenios-omm";

  public static final String SECRETO_APP = "secreto-de-convenios-omm";

  /** A person of the provider who logs in in the browser, with the claims her ID token carries. */
  public record Persona(
      String usuario, String clave, String run, List<String> grupos, List<String> comunas) {}

  /** DIDECO of every comuna where tests register convenios. */
  public static final Persona DIDECO_EN_NAVEGADOR =
      new Persona(
          "dideco.otras",
          "Clave-Prueba-2026",
          "15.555.555-5",
          List.of("DIRECCION-SOCIAL"),
          Registro.OTRAS.stream().map(comuna -> comuna.codigo()).toList());

  /** Someone the institution knows but gave no role of the app. */
  public static final Persona SIN_ROL_EN_NAVEGADOR =
      new Persona("sin.rol", "Clave-Prueba-2026", "16.666.666-6", List.of("biblioteca"), List.of());

  private static final List<Persona> PERSONAS = List.of(DIDECO_EN_NAVEGADOR, SIN_ROL_EN_NAVEGADOR);

  private static final List<Cliente> CLIENTES =
      List.of(DIDECO_OTRAS, DIDECO_LA_SERENA, SIN_ROL, VENCIDO);
  private static ConfigurableApplicationContext contexto;

  private ProveedorOidc() {}

  /** The issuer URL, starting the provider on first use. */
  public static synchronized String issuer() {
    if (contexto == null) {
      SpringApplication proveedor = new SpringApplication(Servidor.class);
      // no listeners: Spring Boot's would set up logging again for the whole JVM, and read the
      // app's own application.yaml
      proveedor.setListeners(List.of());
      proveedor.setBannerMode(Banner.Mode.OFF);
      proveedor.setDefaultProperties(Map.of("server.port", "0"));
      contexto = proveedor.run();
      Runtime.getRuntime().addShutdownHook(new Thread(contexto::close));
    }
    return "http://localhost:" + ((WebServerApplicationContext) contexto).getWebServer().getPort();
  }

  /**
   * Lets the provider send people back to {@code uri} after they log out there: an address with the
   * app's port, known only once the app has started.
   */
  public static void aceptarRegresoTrasSalir(String uri) {
    issuer();
    RegisteredClientRepository clientes = contexto.getBean(RegisteredClientRepository.class);
    RegisteredClient app = clientes.findByClientId(CLIENTE_APP);
    clientes.save(RegisteredClient.from(app).postLogoutRedirectUri(uri).build());
  }

  /** An access token for the client, by the client-credentials grant. */
  public static String token(Cliente cliente) {
    return token(cliente, issuer());
  }

  /**
   * An access token asked at {@code base}: the provider names itself after the address it is asked
   * at, so a token asked at another address has another issuer.
   */
  public static String token(Cliente cliente, String base) {
    issuer();
    String credenciales =
        Base64.getEncoder()
            .encodeToString(
                (cliente.id() + ":" + secreto(cliente)).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> respuesta =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                      .header("Authorization", "Basic " + credenciales)
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (respuesta.statusCode() != 200) {
        throw new IllegalStateException(
            "token: " + respuesta.statusCode() + " " + respuesta.body());
      }
      return respuesta.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Each client's own secret (the provider refuses two clients with one secret). */
  private static String secreto(Cliente cliente) {
    return "secreto-de-" + cliente.id();
  }

  // a test configuration: the app's component scan in the tests leaves it out
  @TestConfiguration(proxyBeanMethods = false)
  @EnableWebSecurity
  @ImportAutoConfiguration({
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class
  })
  static class Servidor {

    @Bean
    @Order(1)
    SecurityFilterChain autorizacion(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer servidor =
          OAuth2AuthorizationServerConfigurer.authorizationServer();
      return http.securityMatcher(servidor.getEndpointsMatcher())
          .with(servidor, configurer -> configurer.oidc(oidc -> {}))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          // a person not logged in at the provider goes to its login page
          .exceptionHandling(
              exceptions ->
                  exceptions.defaultAuthenticationEntryPointFor(
                      new LoginUrlAuthenticationEntryPoint("/login"),
                      new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
          .csrf(csrf -> csrf.ignoringRequestMatchers(servidor.getEndpointsMatcher()))
          .build();
    }

    @Bean
    RegisteredClientRepository clientes() {
      RegisteredClient app =
          RegisteredClient.withId(UUID.randomUUID().toString())
              .clientId(CLIENTE_APP)
              .clientSecret("{noop}" + SECRETO_APP)
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              // a loopback address: the provider takes any port, the app's is random
              .redirectUri("http://127.0.0.1/login/oauth2/code/institucion")
              .scope("openid")
              .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
              .build();
      return new InMemoryRegisteredClientRepository(
          Stream.concat(
                  Stream.of(app),
                  CLIENTES.stream()
                      .map(
                          cliente ->
                              RegisteredClient.withId(UUID.randomUUID().toString())
                                  .clientId(cliente.id())
                                  .clientSecret("{noop}" + secreto(cliente))
                                  .clientAuthenticationMethod(
                                      ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                                  .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                                  .build()))
              .toList());
    }

    /** Each token as an institution's would be: the person's RUN as subject, groups, comunas. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> reclamos() {
      return contexto -> {
        if (contexto.getRegisteredClient().getClientId().equals(CLIENTE_APP)) {
          Persona persona =
              PERSONAS.stream()
                  .filter(p -> p.usuario().equals(contexto.getPrincipal().getName()))
                  .findFirst()
                  .orElseThrow();
          contexto
              .getClaims()
              .subject(persona.run())
              .claim("groups", persona.grupos())
              .claim("comunas", persona.comunas());
          return;
        }
        Cliente cliente =
            CLIENTES.stream()
                .filter(c -> c.id().equals(contexto.getRegisteredClient().getClientId()))
                .findFirst()
                .orElseThrow();
        contexto
            .getClaims()
            .subject(cliente.run())
            .claim("groups", cliente.grupos())
            .claim("comunas", cliente.comunas());
        if (cliente == VENCIDO) {
          Instant ahora = Instant.now();
          contexto.getClaims().issuedAt(ahora.minusSeconds(600)).expiresAt(ahora.minusSeconds(300));
        }
      };
    }

    /** The provider's own login page, for people. */
    @Bean
    @Order(2)
    SecurityFilterChain paginaDeIngreso(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .formLogin(Customizer.withDefaults())
          .build();
    }

    @Bean
    UserDetailsService personas() {
      return new InMemoryUserDetailsManager(
          PERSONAS.stream()
              .map(
                  persona ->
                      org.springframework.security.core.userdetails.User.withUsername(
                              persona.usuario())
                          .password("{noop}" + persona.clave())
                          .roles("PERSONA")
                          .build())
              .toList());
    }

    @Bean
    JWKSource<SecurityContext> claves() throws NoSuchAlgorithmException {
      KeyPairGenerator generador = KeyPairGenerator.getInstance("RSA");
      generador.initialize(2048);
      var par = generador.generateKeyPair();
      RSAKey clave =
          new RSAKey.Builder((RSAPublicKey) par.getPublic())
              .privateKey((RSAPrivateKey) par.getPrivate())
              .keyID(UUID.randomUUID().toString())
              .build();
      return new ImmutableJWKSet<>(new JWKSet(clave));
    }

    /** The OpenID Connect user-info endpoint reads its own tokens with it. */
    @Bean
    JwtDecoder lector(JWKSource<SecurityContext> claves) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(claves);
    }

    /** Which login session an ID token came from, so that logging out ends that session. */
    @Bean
    SessionRegistry sesiones() {
      return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher eventosDeSesion() {
      return new HttpSessionEventPublisher();
    }

    @Bean
    AuthorizationServerSettings ajustes() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
