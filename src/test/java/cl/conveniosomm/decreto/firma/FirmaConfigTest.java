package cl.conveniosomm.decreto.firma;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.support.AutoridadDePrueba;
import cl.conveniosomm.support.DecretosFirmados;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Which signer the settings choose: none by default, FirmaGob when its URL is set (even beside
 * certificates), else the municipality's certificates, whose wrong password stops the start in
 * Spanish.
 */
class FirmaConfigTest {

  @TempDir Path carpeta;

  private final ApplicationContextRunner aplicacion =
      new ApplicationContextRunner()
          .withUserConfiguration(FirmaConfig.class)
          // the expediente is not touched while choosing: no database here
          .withBean(DocumentoService.class, () -> new DocumentoService(null, null))
          .withBean(ObjectMapper.class);

  @Test
  void withoutSettingsNobodySignsElectronically() {
    aplicacion.run(contexto -> assertThat(contexto).doesNotHaveBean(FirmasDecreto.class));
  }

  @Test
  void certificatesSignUnlessFirmaGobIsSet() {
    String alcalde = AutoridadDePrueba.pkcs12("A", carpeta, DecretosFirmados.CLAVE).toString();
    String secretario = AutoridadDePrueba.pkcs12("S", carpeta, DecretosFirmados.CLAVE).toString();
    String clave = new String(DecretosFirmados.CLAVE);
    ApplicationContextRunner conCertificados =
        aplicacion.withPropertyValues(
            "omm.firma.pkcs12.alcalde-archivo=" + alcalde,
            "omm.firma.pkcs12.alcalde-clave=" + clave,
            "omm.firma.pkcs12.secretario-archivo=" + secretario,
            "omm.firma.pkcs12.secretario-clave=" + clave);

    conCertificados.run(
        contexto ->
            assertThat(contexto)
                .hasSingleBean(FirmasDecreto.class)
                .hasBean("firmasConCertificados"));
    conCertificados
        .withPropertyValues("omm.firma.firmagob.url=http://127.0.0.1:9/firma/v2/files/tickets")
        .run(
            contexto ->
                assertThat(contexto)
                    .hasSingleBean(FirmasDecreto.class)
                    .hasBean("firmasConFirmaGob"));
    conCertificados
        .withPropertyValues("omm.firma.pkcs12.secretario-clave=equivocada")
        .run(
            contexto ->
                assertThat(contexto)
                    .hasFailed()
                    .getFailure()
                    .hasStackTraceContaining("revise la ruta y la contraseña"));
  }
}
