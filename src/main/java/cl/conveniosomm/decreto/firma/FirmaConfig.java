package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.documento.DocumentoService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who signs the decreto electronically, if anyone: FirmaGob where it is configured, else the
 * municipality's own certificates, else nobody (no {@link FirmasDecreto}: the hand-signed scan is
 * uploaded as before).
 */
@Configuration
@EnableConfigurationProperties({FirmaGobProperties.class, FirmaPkcs12Properties.class})
public class FirmaConfig {

  private static final String CON_FIRMAGOB = "!'${omm.firma.firmagob.url:}'.isBlank()";
  private static final String CON_CERTIFICADOS =
      "'${omm.firma.firmagob.url:}'.isBlank() and"
          + " !'${omm.firma.pkcs12.alcalde-archivo:}'.isBlank()";

  @Bean
  @ConditionalOnExpression(CON_FIRMAGOB)
  FirmasDecreto firmasConFirmaGob(
      DocumentoService documentos, FirmaGobProperties firmaGob, ObjectMapper json) {
    return new FirmasDecreto(
        documentos,
        new FirmadorFirmaGob(
            firmaGob,
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
            json,
            Clock.systemUTC()));
  }

  @Bean
  @ConditionalOnExpression(CON_CERTIFICADOS)
  FirmasDecreto firmasConCertificados(
      DocumentoService documentos, FirmaPkcs12Properties certificados) {
    return new FirmasDecreto(documentos, new FirmadorPkcs12(certificados, Clock.systemUTC()));
  }
}
