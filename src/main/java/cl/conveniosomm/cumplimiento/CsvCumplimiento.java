package cl.conveniosomm.cumplimiento;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dashboard as CSV for a spreadsheet in Spanish: semicolon-separated, UTF-8 with a byte order
 * mark, dates day-first. Cells that a spreadsheet would run as a formula are quoted as text.
 */
final class CsvCumplimiento {

  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final String ENCABEZADO =
      "Código comuna;Comuna;Región;Convenio;Etapa;Próxima obligación;Vence;"
          + "Informes vencidos;Documentos vencidos;Trámites vencidos;Días hábiles de atraso";

  private CsvCumplimiento() {}

  static String escribir(List<FilaCumplimiento> filas) {
    StringBuilder csv = new StringBuilder("\uFEFF").append(ENCABEZADO).append("\r\n");
    for (FilaCumplimiento fila : filas) {
      csv.append(
              Stream.of(
                      fila.comunaCodigo(),
                      fila.comuna(),
                      fila.region(),
                      fila.convenio(),
                      fila.etapa(),
                      fila.proximaObligacion(),
                      fila.proximoVencimiento() == null
                          ? null
                          : FECHA.format(fila.proximoVencimiento()),
                      String.valueOf(fila.informesVencidos()),
                      String.valueOf(fila.documentosVencidos()),
                      String.valueOf(fila.tramitesVencidos()),
                      String.valueOf(fila.diasHabilesAtraso()))
                  .map(CsvCumplimiento::celda)
                  .collect(Collectors.joining(";")))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String celda(String valor) {
    if (valor == null) {
      return "";
    }
    String texto = !valor.isEmpty() && "=+-@".indexOf(valor.charAt(0)) >= 0 ? "'" + valor : valor;
    return texto.contains(";") || texto.contains("\"") || texto.contains("\n")
        ? "\"" + texto.replace("\"", "\"\"") + "\""
        : texto;
  }
}
