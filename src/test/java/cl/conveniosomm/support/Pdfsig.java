package cl.conveniosomm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig}, an independent validator (Debian package poppler-utils, installed by
 * {@code .ci/run}): each signature of a PDF as it reads it.
 */
public final class Pdfsig {

  /** One signature, as pdfsig prints it: its lines after «Signature #n:». */
  public record Firma(List<String> lineas) {

    public String valor(String campo) {
      return lineas.stream()
          .map(String::strip)
          .filter(linea -> linea.startsWith("- " + campo + ":"))
          .map(linea -> linea.substring(campo.length() + 3).strip())
          .findFirst()
          .orElse("");
    }

    public boolean dice(String texto) {
      return lineas.stream().anyMatch(linea -> linea.contains(texto));
    }
  }

  private Pdfsig() {}

  public static List<Firma> leer(byte[] pdf) {
    try {
      Path archivo = Files.createTempFile("pdfsig-", ".pdf");
      try {
        Files.write(archivo, pdf);
        ProcessBuilder pdfsig =
            new ProcessBuilder("pdfsig", archivo.toString()).redirectErrorStream(true);
        // times in UTC, whatever the machine's zone
        pdfsig.environment().put("TZ", "UTC");
        Process proceso = pdfsig.start();
        String salida = new String(proceso.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proceso.waitFor(30, TimeUnit.SECONDS)) {
          proceso.destroyForcibly();
          throw new IllegalStateException("pdfsig no terminó en 30 s");
        }
        List<Firma> firmas = new ArrayList<>();
        List<String> actual = null;
        for (String linea : salida.split("\n")) {
          if (linea.startsWith("Signature #")) {
            actual = new ArrayList<>();
            firmas.add(new Firma(actual));
          } else if (actual != null) {
            actual.add(linea);
          }
        }
        return firmas;
      } finally {
        Files.deleteIfExists(archivo);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "pdfsig no se pudo ejecutar (apt-get install poppler-utils): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
