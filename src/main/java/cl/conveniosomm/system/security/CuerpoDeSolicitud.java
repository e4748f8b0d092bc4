package cl.conveniosomm.system.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads the body of an engine API request the way the engine will, or refuses it. Only three kinds
 * of body reach the engine: JSON in UTF-8 (read strictly: one value, no repeated keys), multipart
 * uploads (deployments, files) and the webapps' login form. Anything else, a body over its limit, a
 * compressed body or one in another charset is refused with a Spanish message, so that no body
 * reaches the engine unread.
 */
public class CuerpoDeSolicitud {

  private static final Set<String> CON_CUERPO = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Pattern LOGIN_WEBAPP =
      Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?");

  /** What reading found: the replayable request and its JSON, or why it is refused. */
  public record Lectura(CachedBodyRequest solicitud, JsonNode json, Rechazo rechazo) {

    static Lectura rechazada(int status, String mensaje) {
      return new Lectura(null, null, new Rechazo(status, mensaje));
    }
  }

  public record Rechazo(int status, String mensaje) {}

  private final ObjectReader json;
  private final int maximoJson;
  private final int maximoMultipart;

  public CuerpoDeSolicitud(ObjectMapper objectMapper, int maximoJson, int maximoMultipart) {
    this.json =
        objectMapper
            .reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.maximoJson = maximoJson;
    this.maximoMultipart = maximoMultipart;
  }

  public Lectura leer(HttpServletRequest request, String path) throws IOException {
    if (!CON_CUERPO.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      return new Lectura(null, null, null);
    }
    String encoding = request.getHeader("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
      return Lectura.rechazada(
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "No se aceptan cuerpos comprimidos (Content-Encoding): envíe el JSON sin comprimir.");
    }
    MediaType tipo;
    try {
      String contentType = request.getContentType();
      tipo =
          contentType == null || contentType.isBlank()
              ? null
              : MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException malformed) {
      return Lectura.rechazada(
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "El tipo de contenido (Content-Type) no se entiende: envíe application/json.");
    }
    boolean multipart = tipo != null && MediaType.MULTIPART_FORM_DATA.includes(tipo);
    boolean formularioLogin =
        tipo != null
            && MediaType.APPLICATION_FORM_URLENCODED.includes(tipo)
            && LOGIN_WEBAPP.matcher(path).matches();
    int maximo = multipart ? maximoMultipart : maximoJson;
    if (request.getContentLengthLong() > maximo) {
      return demasiadoGrande(maximo);
    }
    CachedBodyRequest cached = new CachedBodyRequest(request, maximo);
    if (cached.truncated()) {
      return demasiadoGrande(maximo);
    }
    if (cached.body().length == 0 || multipart || formularioLogin) {
      return new Lectura(cached, null, null);
    }
    if (tipo != null && !tipo.isCompatibleWith(MediaType.APPLICATION_JSON)) {
      return Lectura.rechazada(
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "El motor sólo acepta cuerpos JSON (application/json) o archivos (multipart/form-data).");
    }
    if (tipo != null
        && tipo.getCharset() != null
        && !StandardCharsets.UTF_8.equals(tipo.getCharset())) {
      return Lectura.rechazada(
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "El JSON debe venir en UTF-8: quite el charset «"
              + tipo.getCharset().name()
              + "» o use UTF-8.");
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(cached.body()));
      return new Lectura(cached, json.readTree(cached.body()), null);
    } catch (CharacterCodingException notUtf8) {
      return Lectura.rechazada(
          HttpServletResponse.SC_BAD_REQUEST, "El cuerpo no está en UTF-8: envíe JSON en UTF-8.");
    } catch (IOException | RuntimeException notJson) {
      return Lectura.rechazada(
          HttpServletResponse.SC_BAD_REQUEST,
          "El cuerpo de la solicitud no es JSON válido (un solo objeto, sin claves repetidas): no se hizo nada.");
    }
  }

  private static Lectura demasiadoGrande(int maximo) {
    return Lectura.rechazada(
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "La solicitud supera el máximo de "
            + (maximo / 1024)
            + " KB para el motor: no se hizo nada.");
  }
}
