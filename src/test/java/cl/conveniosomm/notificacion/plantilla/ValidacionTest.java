package cl.conveniosomm.notificacion.plantilla;

import static cl.conveniosomm.notificacion.plantilla.Ejemplos.ENLACE;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.PLANTILLAS;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.VENCE;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.tarea;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidacionTest {

  @Test
  void recordatorioSinCamposObligatorios() {
    assertThatThrownBy(
            () ->
                new DatosRecordatorio(
                    null,
                    "C",
                    "Coquimbo",
                    "Informe",
                    VENCE,
                    TipoRecordatorio.DIA,
                    0,
                    false,
                    ENLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«uid» es obligatorio");
    assertThatThrownBy(
            () ->
                new DatosRecordatorio(
                    "u", "C", " ", "Informe", VENCE, TipoRecordatorio.DIA, 0, false, ENLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«comuna»");
    assertThatThrownBy(
            () ->
                new DatosRecordatorio(
                    "u", "C", "Coquimbo", "Informe", null, TipoRecordatorio.DIA, 0, false, ENLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«vence»");
    assertThatThrownBy(
            () ->
                new DatosRecordatorio(
                    "u", "C", "Coquimbo", "Informe", VENCE, null, 0, false, ENLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«tipo»");
    assertThatThrownBy(() -> PLANTILLAS.recordatorio(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("obligatorio");
  }

  @Test
  void diasHabilesCoherentesConElTipo() {
    assertThatThrownBy(
            () ->
                new DatosRecordatorio(
                    "u",
                    "C",
                    "Coquimbo",
                    "Informe",
                    VENCE,
                    TipoRecordatorio.PREVIO,
                    0,
                    false,
                    ENLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("al menos 1 día hábil");
    assertThatThrownBy(
            () ->
                new DatosRecordatorio(
                    "u", "C", "Coquimbo", "Informe", VENCE, TipoRecordatorio.DIA, 2, false, ENLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 días hábiles");
  }

  @Test
  void enlaceAbsolutoHttp() {
    for (String enlace :
        new String[] {
          "/camunda/app/tasklist", "javascript:alert(1)", "ftp://x.cl/a", "no es url"
        }) {
      assertThatThrownBy(
              () -> new DatosTarea("t", "Tarea", "C", "Coquimbo", null, null, true, enlace))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("URL absoluta");
    }
  }

  @Test
  void tareaSinCamposObligatorios() {
    assertThatThrownBy(() -> new DatosTarea("t", null, "C", "Coquimbo", null, null, true, ENLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«tareaNombre»");
    assertThatThrownBy(() -> new DatosTarea("t", "Tarea", "C", "Coquimbo", null, null, true, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«enlace»");
  }

  @Test
  void resumenDiarioSinDatos() {
    List<DatosTarea> una = List.of(tarea("t1", null, null, true));
    assertThatThrownBy(() -> PLANTILLAS.resumenDiario(null, LocalDate.now(), una))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«destinatario»");
    assertThatThrownBy(() -> PLANTILLAS.resumenDiario("Ana", null, una))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«fecha»");
    assertThatThrownBy(() -> PLANTILLAS.resumenDiario("Ana", LocalDate.now(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«tareas»");
    assertThatThrownBy(() -> PLANTILLAS.resumenDiario("Ana", LocalDate.now(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("al menos una tarea");
    assertThatThrownBy(
            () -> PLANTILLAS.resumenDiario("Ana", LocalDate.now(), Arrays.asList(una.get(0), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nulo");
  }
}
