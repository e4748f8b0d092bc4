package cl.conveniosomm.recorrido;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.support.DecretosFirmados;
import cl.conveniosomm.support.DemoApplicationTest;
import cl.conveniosomm.support.Navegador;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A citizen, without an account, checks the decreto she was sent on the public page: she picks the
 * file, presses «Verificar», and reads who signed, as what and when; then the same for a copy
 * someone changed.
 */
@Tag("navegador")
class VerificacionNavegadorTest extends DemoApplicationTest {

  @TempDir Path carpeta;

  @Test
  void shePicksTheFileAndReadsWhoSignedAndWhetherItChanged() throws Exception {
    Path firmado = Files.write(carpeta.resolve("decreto-5124.pdf"), DecretosFirmados.porAmbos());
    Path adulterado =
        Files.write(carpeta.resolve("decreto-5124-copia.pdf"), DecretosFirmados.adulterado());

    try (Navegador navegador = Navegador.abrir("http://localhost:" + port, "es-CL,es")) {
      navegador.ir("/verificar.html");
      verificar(navegador, firmado);
      String tabla =
          navegador.esperar(
              d -> {
                String texto = d.findElement(By.id("firmas")).getText();
                return texto.contains(DecretosFirmados.SECRETARIO) ? texto : null;
              });
      assertThat(navegador.elemento(By.id("conclusion")).getText())
          .isEqualTo("Las 2 firmas son válidas y el documento no ha cambiado desde la última.");
      assertThat(tabla)
          .contains(DecretosFirmados.ALCALDE)
          .contains("Alcalde: firma del " + DecretosFirmados.DECRETO)
          .contains("Válida; después firmó " + DecretosFirmados.SECRETARIO)
          .contains("Autoridad Certificadora de Prueba");
      navegador.captura("verificacion-1-decreto-firmado");

      verificar(navegador, adulterado);
      navegador.esperar(
          d ->
              d.findElement(By.id("conclusion")).getText().startsWith("Al menos una firma")
                  ? true
                  : null);
      assertThat(navegador.elemento(By.id("firmas")).getText()).contains("No válida");
      navegador.captura("verificacion-2-copia-alterada");
    }
  }

  private static void verificar(Navegador navegador, Path archivo) {
    navegador.elemento(By.id("archivo")).sendKeys(archivo.toString());
    navegador.elemento(By.cssSelector("#verificacion button[type=submit]")).click();
  }
}
