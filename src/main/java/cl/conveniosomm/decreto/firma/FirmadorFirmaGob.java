package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.documento.DocumentoService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the decreto on FirmaGob, the State's signing platform, through its v2 «tickets» API: a
 * ticket (a JWT signed with the app's secret) names the institution, the signer's RUN, the purpose
 * and an expiry; the file goes as base64 with its SHA-256 and a layout that places the visible
 * block; an attended signature carries the signer's one-time code in a header. What comes back is
 * accepted only if it is the same decreto with one more valid signature, and covers the whole file.
 * The RUN and the code are sent, never logged or kept.
 */
public class FirmadorFirmaGob implements Firmador {

  private static final Logger LOG = LoggerFactory.getLogger(FirmadorFirmaGob.class);
  private static final ZoneId CHILE = ZoneId.of("America/Santiago");
  private static final DateTimeFormatter EXPIRACION =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final FirmaGobProperties plataforma;
  private final HttpClient http;
  private final ObjectMapper json;
  private final Clock reloj;
  private final VerificadorFirmas verificador = new VerificadorFirmas();

  public FirmadorFirmaGob(
      FirmaGobProperties plataforma, HttpClient http, ObjectMapper json, Clock reloj) {
    this.plataforma = plataforma;
    this.http = http;
    this.json = json;
    this.reloj = reloj;
  }

  @Override
  public byte[] firmar(byte[] pdf, TurnoDeFirma turno, String codigo, BloqueFirma bloque) {
    return firmar(
        pdf,
        turno == TurnoDeFirma.ALCALDE ? plataforma.runAlcalde() : plataforma.runSecretario(),
        codigo,
        bloque);
  }

  @Override
  public boolean pideCodigo() {
    return plataforma.atendido();
  }

  /**
   * The decreto signed by the person whose RUN is given, with her one-time code when the purpose is
   * attended.
   *
   * @throws FirmaRechazadaException in Spanish: wrong or expired code, expired ticket, platform
   *     down, or a document back that is not the decreto signed
   */
  public byte[] firmar(byte[] pdf, String run, String codigo, BloqueFirma bloque) {
    if (plataforma.atendido() && (codigo == null || !codigo.strip().matches("[0-9A-Za-z]{4,12}"))) {
      throw new FirmaRechazadaException(
          "Escriba el código de un solo uso que le envió FirmaGob (de 4 a 12 letras o dígitos):"
              + " el decreto no se firmó.");
    }
    int firmasAntes = verificador.verificar(pdf).size();
    HttpRequest.Builder solicitud =
        HttpRequest.newBuilder(URI.create(plataforma.url()))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(cuerpo(pdf, run, bloque)));
    if (plataforma.atendido()) {
      solicitud.header("OTP", codigo.strip());
    }
    HttpResponse<String> respuesta;
    try {
      respuesta = http.send(solicitud.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      LOG.warn("FirmaGob no responde: {}", e.toString());
      throw new FirmaRechazadaException(
          "La plataforma de firma del Estado (FirmaGob) no responde: intente de nuevo en unos"
              + " minutos; el decreto no se firmó.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FirmaRechazadaException("Se interrumpió la firma: el decreto no se firmó.", e);
    }
    return firmado(respuesta, pdf, firmasAntes);
  }

  private String cuerpo(byte[] pdf, String run, BloqueFirma bloque) {
    Instant ahora = reloj.instant();
    String layout = layout(bloque, BloqueComoImagen.png(bloque.lineas(ahora)));
    try {
      return json.writeValueAsString(
          Map.of(
              "api_token_key",
              plataforma.apiTokenKey(),
              "token",
              ticket(run, ahora),
              "files",
              List.of(
                  Map.of(
                      "content-type",
                      "application/pdf",
                      "content",
                      Base64.getEncoder().encodeToString(pdf),
                      "description",
                      bloque.decreto(),
                      "checksum",
                      DocumentoService.sha256(pdf),
                      "layout",
                      layout))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ticket: who signs for which institution and purpose, valid for five minutes. */
  private String ticket(String run, Instant ahora) {
    try {
      SignedJWT ticket =
          new SignedJWT(
              new JWSHeader(JWSAlgorithm.HS256),
              new JWTClaimsSet.Builder()
                  .claim("entity", plataforma.entidad())
                  .claim("run", run)
                  .claim("purpose", plataforma.proposito())
                  .claim(
                      "expiration",
                      EXPIRACION.format(
                          LocalDateTime.ofInstant(ahora.plus(Duration.ofMinutes(5)), CHILE)))
                  .build());
      ticket.sign(new MACSigner(plataforma.secreto().getBytes(StandardCharsets.UTF_8)));
      return ticket.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(
          "La clave de FirmaGob (OMM_FIRMA_FIRMAGOB_SECRETO) debe tener al menos 32 caracteres.",
          e);
    }
  }

  /** FirmaGob's layout: the block's image on the last page, beside the earlier signer's. */
  private static String layout(BloqueFirma bloque, byte[] png) {
    PDRectangle caja = bloque.rectangulo();
    return "<AgileSignerConfig><Application id=\"THIS-CONFIG\"><pdfPassword/><Signature>"
        + "<Visible active=\"true\" layer2=\"false\" label=\"true\" pos=\"1\">"
        + "<llx>"
        + (int) caja.getLowerLeftX()
        + "</llx><lly>"
        + (int) caja.getLowerLeftY()
        + "</lly><urx>"
        + (int) caja.getUpperRightX()
        + "</urx><ury>"
        + (int) caja.getUpperRightY()
        + "</ury><page>LAST</page><image>BASE64</image><BASE64VALUE>"
        + Base64.getEncoder().encodeToString(png)
        + "</BASE64VALUE></Visible></Signature></Application></AgileSignerConfig>";
  }

  private byte[] firmado(HttpResponse<String> respuesta, byte[] pdf, int firmasAntes) {
    JsonNode cuerpo;
    try {
      cuerpo = json.readTree(respuesta.body());
    } catch (IOException e) {
      cuerpo = json.createObjectNode();
    }
    if (cuerpo.path("metadata").path("otpExpired").asBoolean(false)) {
      throw new FirmaRechazadaException(
          "El código de un solo uso no es válido o ya venció: pida uno nuevo en su aplicación de"
              + " FirmaGob y vuelva a intentar; el decreto no se firmó.");
    }
    JsonNode archivo = cuerpo.path("files").path(0);
    if (respuesta.statusCode() != 200 || !"OK".equals(archivo.path("status").asText())) {
      String motivo = cuerpo.path("error").asText("");
      LOG.warn("FirmaGob rechazó la firma: HTTP {} {}", respuesta.statusCode(), motivo);
      throw new FirmaRechazadaException(
          "FirmaGob no firmó el decreto (HTTP "
              + respuesta.statusCode()
              + (motivo.isBlank() ? "" : ": " + motivo)
              + "); el decreto no se firmó. Si el problema sigue, avise a quien administra"
              + " Convenios OMM.");
    }
    byte[] firmado;
    try {
      firmado = Base64.getDecoder().decode(archivo.path("content").asText());
    } catch (IllegalArgumentException e) {
      firmado = new byte[0];
    }
    if (!DocumentoService.sha256(pdf).equalsIgnoreCase(archivo.path("checksum_original").asText())
        || !esElMismoFirmado(firmado, pdf, firmasAntes)) {
      throw new FirmaRechazadaException(
          "FirmaGob devolvió un documento que no es este decreto firmado: no se guardó nada.");
    }
    return firmado;
  }

  /** The original bytes, then one more valid signature that covers the whole file. */
  private boolean esElMismoFirmado(byte[] firmado, byte[] pdf, int firmasAntes) {
    if (firmado.length <= pdf.length) {
      return false;
    }
    for (int i = 0; i < pdf.length; i++) {
      if (firmado[i] != pdf[i]) {
        return false;
      }
    }
    try {
      List<FirmaVerificada> firmas = verificador.verificar(firmado);
      return firmas.size() == firmasAntes + 1
          && firmas.stream().allMatch(FirmaVerificada::valida)
          && firmas.get(firmas.size() - 1).cubreTodo();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
