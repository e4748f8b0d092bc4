package cl.conveniosomm.notificacion.plantilla;

import static cl.conveniosomm.notificacion.plantilla.Ejemplos.ENLACE;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.PLANTILLAS;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.recordatorio;
import static cl.conveniosomm.notificacion.plantilla.TipoRecordatorio.DIA;
import static cl.conveniosomm.notificacion.plantilla.TipoRecordatorio.PREVIO;
import static cl.conveniosomm.notificacion.plantilla.TipoRecordatorio.VENCIDO;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordatorioTest {

  @Test
  void asuntoPrevio() {
    assertThat(PLANTILLAS.recordatorio(recordatorio(PREVIO, 10, false)).asunto())
        .isEqualTo("Recordatorio: Informe Semestral de Avance vence el 12-01-2027 (Coquimbo)");
  }

  @Test
  void asuntoDelDia() {
    assertThat(PLANTILLAS.recordatorio(recordatorio(DIA, 0, false)).asunto())
        .isEqualTo("Vence hoy: Informe Semestral de Avance (Coquimbo)");
  }

  @Test
  void asuntoVencidoEnPluralYSingular() {
    assertThat(PLANTILLAS.recordatorio(recordatorio(VENCIDO, 5, true)).asunto())
        .isEqualTo("Plazo vencido hace 5 días hábiles: Informe Semestral de Avance (Coquimbo)");
    assertThat(PLANTILLAS.recordatorio(recordatorio(VENCIDO, 1, true)).asunto())
        .isEqualTo("Plazo vencido hace 1 día hábil: Informe Semestral de Avance (Coquimbo)");
  }

  @Test
  void asuntoEsUnaSolaLineaAunqueLosDatosTraiganSaltos() {
    CorreoRenderizado correo =
        PLANTILLAS.recordatorio(recordatorio("La\r\nSerena", PREVIO, 3, false));

    assertThat(correo.asunto()).doesNotContain("\r", "\n").endsWith("(La Serena)");
  }

  @Test
  void cuerpoConFechaCortaYEnPalabrasDiasHabilesEnlaceYPie() {
    CorreoRenderizado correo = PLANTILLAS.recordatorio(recordatorio(PREVIO, 3, false));

    for (String cuerpo : new String[] {correo.texto(), correo.html()}) {
      assertThat(cuerpo)
          .contains("Informe Semestral de Avance", "CONV-7", "Coquimbo")
          .contains("12-01-2027", "martes 12 de enero de 2027")
          .contains("3 días hábiles")
          .contains(ENLACE)
          .contains("mensaje automático", "Convenios OMM", "Ley N° 19.880", "artículo 25");
    }
    assertThat(correo.html()).contains("href=\"" + ENLACE + "\"");
  }

  @Test
  void cuerpoSegunElTipo() {
    assertThat(PLANTILLAS.recordatorio(recordatorio(PREVIO, 10, false)).texto())
        .contains("vence en 10 días hábiles", "antes de la fecha de vencimiento");
    assertThat(PLANTILLAS.recordatorio(recordatorio(DIA, 0, false)).texto())
        .contains("hoy vence el plazo", "hoy mismo");
    assertThat(PLANTILLAS.recordatorio(recordatorio(VENCIDO, 10, false)).texto())
        .contains("vencido hace 10 días hábiles", "a la brevedad");
  }

  @Test
  void escalamientoSoloCuandoCorresponde() {
    CorreoRenderizado escalado = PLANTILLAS.recordatorio(recordatorio(VENCIDO, 5, true));
    CorreoRenderizado normal = PLANTILLAS.recordatorio(recordatorio(VENCIDO, 5, false));

    String copia = "con copia a la Dirección de Desarrollo Comunitario (DIDECO) y a la Alcaldía";
    assertThat(escalado.texto()).contains(copia);
    assertThat(escalado.html()).contains(copia);
    assertThat(normal.texto()).doesNotContain("con copia", "Alcaldía");
    assertThat(normal.html()).doesNotContain("con copia", "Alcaldía");
  }

  @Test
  void htmlEscapaLosDatos() {
    CorreoRenderizado correo =
        PLANTILLAS.recordatorio(recordatorio("<script>alert(1)</script>", PREVIO, 3, false));

    assertThat(correo.html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(correo.texto()).contains("<script>alert(1)</script>");
  }

  @Test
  void siempreAdjuntaCalendario() {
    Adjunto ics = PLANTILLAS.recordatorio(recordatorio(DIA, 0, false)).calendario();

    assertThat(ics).isNotNull();
    assertThat(ics.nombreArchivo()).endsWith(".ics");
    assertThat(ics.tipoContenido()).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
  }
}
