package cl.conveniosomm.support;

import cl.conveniosomm.decreto.firma.CertificadoFirmante;
import cl.conveniosomm.decreto.firma.FirmaPades;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A local server that speaks FirmaGob's v2 «tickets» contract and signs with the test authority's
 * certificates: it checks the ticket's HS256 signature, institution, purpose and expiry, the
 * one-time code of an attended signature (each code once), the file's SHA-256, and places the
 * layout's image where the layout says. Each RUN it knows has its own certificate.
 */
public final class FirmaGobDePrueba implements AutoCloseable {

  public static final String ENTIDAD = "Ilustre Municipalidad de La Serena";
  public static final String API_TOKEN_KEY = "convenios-omm-prueba";
  public static final String SECRETO = "secreto-de-firmagob-de-prueba-de-32-caracteres";
  private static final ZoneId CHILE = ZoneId.of("America/Santiago");
  private static final Pattern COORDENADA = Pattern.compile("<(llx|lly|urx|ury)>(-?\\d+)</\\1>");
  private static final Pattern IMAGEN = Pattern.compile("<BASE64VALUE>([^<]*)</BASE64VALUE>");

  private final HttpServer servidor;
  private final Map<String, CertificadoFirmante> certificados;
  private final Set<String> codigosVigentes = ConcurrentHashMap.newKeySet();
  private final ObjectMapper json = new ObjectMapper();
  private final FirmaPades pades = new FirmaPades();
  private volatile boolean adulterar;

  /** A server for these RUNs and names (each gets a certificate of the test authority). */
  public FirmaGobDePrueba(Map<String, String> personasPorRun) throws IOException {
    certificados = new ConcurrentHashMap<>();
    personasPorRun.forEach(
        (run, nombre) -> certificados.put(run, DecretosFirmados.certificado(nombre)));
    servidor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    servidor.createContext("/firma/v2/files/tickets", this::atender);
    servidor.start();
  }

  public String url() {
    return "http://127.0.0.1:" + servidor.getAddress().getPort() + "/firma/v2/files/tickets";
  }

  /** The code FirmaGob's app shows the person: good for one signature. */
  public String nuevoCodigo() {
    String codigo = String.valueOf(100000 + (int) (Math.random() * 900000));
    codigosVigentes.add(codigo);
    return codigo;
  }

  /** From now on, answers with a document that is not the one it was sent, signed. */
  public void adulterarRespuestas() {
    adulterar = true;
  }

  @Override
  public void close() {
    servidor.stop(0);
  }

  private void atender(HttpExchange intercambio) throws IOException {
    try (intercambio) {
      JsonNode cuerpo = json.readTree(intercambio.getRequestBody());
      String error = rechazo(cuerpo, intercambio.getRequestHeaders().getFirst("OTP"));
      if (error != null) {
        responder(
            intercambio,
            error.startsWith("OTP") ? 400 : 401,
            Map.of(
                "error",
                error,
                "metadata",
                Map.of("otpExpired", error.startsWith("OTP"), "filesSigned", 0)));
        return;
      }
      SignedJWT ticket = SignedJWT.parse(cuerpo.path("token").asText());
      String run = ticket.getJWTClaimsSet().getStringClaim("run");
      JsonNode archivo = cuerpo.path("files").path(0);
      byte[] pdf = Base64.getDecoder().decode(archivo.path("content").asText());
      String layout = archivo.path("layout").asText();
      Map<String, Integer> caja = new java.util.HashMap<>();
      Matcher coordenada = COORDENADA.matcher(layout);
      while (coordenada.find()) {
        caja.put(coordenada.group(1), Integer.parseInt(coordenada.group(2)));
      }
      Matcher imagen = IMAGEN.matcher(layout);
      imagen.find();
      byte[] firmado =
          pades.firmarConImagen(
              adulterar ? DecretosFirmados.sinFirmar() : pdf,
              certificados.get(run),
              "Firmado con FirmaGob",
              Instant.now(),
              -1,
              new PDRectangle(
                  caja.get("llx"),
                  caja.get("lly"),
                  caja.get("urx") - caja.get("llx"),
                  caja.get("ury") - caja.get("lly")),
              Base64.getDecoder().decode(imagen.group(1)));
      responder(
          intercambio,
          200,
          Map.of(
              "files",
              List.of(
                  Map.of(
                      "content",
                      Base64.getEncoder().encodeToString(firmado),
                      "status",
                      "OK",
                      "contentType",
                      "application/pdf",
                      "documentStatus",
                      "Firmado",
                      "checksum_original",
                      archivo.path("checksum").asText())),
              "metadata",
              Map.of("otpExpired", false, "filesSigned", 1, "signedFailed", 0)));
    } catch (Exception e) {
      try {
        responder(intercambio, 500, Map.of("error", String.valueOf(e)));
      } catch (IOException ignorada) {
        // the client has gone
      }
    }
  }

  /** Why the request is refused, or null. */
  private String rechazo(JsonNode cuerpo, String codigo) throws Exception {
    if (!API_TOKEN_KEY.equals(cuerpo.path("api_token_key").asText())) {
      return "api_token_key desconocida";
    }
    SignedJWT ticket = SignedJWT.parse(cuerpo.path("token").asText());
    if (!ticket.verify(new MACVerifier(SECRETO.getBytes(StandardCharsets.UTF_8)))) {
      return "Token inválido";
    }
    var reclamos = ticket.getJWTClaimsSet();
    if (!ENTIDAD.equals(reclamos.getStringClaim("entity"))
        || !certificados.containsKey(reclamos.getStringClaim("run"))) {
      return "Titular o institución desconocidos";
    }
    if (LocalDateTime.parse(reclamos.getStringClaim("expiration"))
        .isBefore(LocalDateTime.now(CHILE))) {
      return "Token expirado";
    }
    if ("Propósito General".equals(reclamos.getStringClaim("purpose"))
        && (codigo == null || !codigosVigentes.remove(codigo))) {
      return "OTP inválido o expirado";
    }
    JsonNode archivo = cuerpo.path("files").path(0);
    byte[] pdf = Base64.getDecoder().decode(archivo.path("content").asText());
    String suma = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    if (!suma.equalsIgnoreCase(archivo.path("checksum").asText())) {
      return "checksum no coincide";
    }
    return null;
  }

  private void responder(HttpExchange intercambio, int estado, Object cuerpo) throws IOException {
    byte[] bytes = json.writeValueAsBytes(cuerpo);
    intercambio.getResponseHeaders().add("Content-Type", "application/json");
    intercambio.sendResponseHeaders(estado, bytes.length);
    try (OutputStream salida = intercambio.getResponseBody()) {
      salida.write(bytes);
    }
  }
}
