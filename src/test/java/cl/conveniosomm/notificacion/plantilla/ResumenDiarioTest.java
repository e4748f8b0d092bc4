package cl.conveniosomm.notificacion.plantilla;

import static cl.conveniosomm.notificacion.plantilla.Ejemplos.ENLACE;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.PLANTILLAS;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.tarea;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumenDiarioTest {

  private static final LocalDate HOY = LocalDate.of(2027, 1, 12);

  @Test
  void asuntoEnSingular() {
    List<DatosTarea> tareas = List.of(tarea("t1", null, null, true));

    CorreoRenderizado correo = PLANTILLAS.resumenDiario("omm@laserena.cl", HOY, tareas);

    assertThat(correo.asunto()).isEqualTo("Resumen diario: 1 tarea nueva (12-01-2027)");
    assertThat(correo.texto()).contains("la tarea nueva");
  }

  @Test
  void asuntoEnPlural() {
    List<DatosTarea> tareas =
        List.of(
            tarea("t1", null, null, true),
            tarea("t2", LocalDate.of(2027, 2, 5), "OMM", false),
            tarea("t3", null, "DIDECO", false));

    CorreoRenderizado correo = PLANTILLAS.resumenDiario("omm@laserena.cl", HOY, tareas);

    assertThat(correo.asunto()).isEqualTo("Resumen diario: 3 tareas nuevas (12-01-2027)");
    assertThat(correo.texto())
        .contains("las 3 tareas nuevas", "martes 12 de enero de 2027", "omm@laserena.cl");
  }

  @Test
  void listaCadaTareaConComunaVencimientoYEnlace() {
    List<DatosTarea> tareas =
        List.of(tarea("t1", null, null, true), tarea("t2", LocalDate.of(2027, 2, 5), "OMM", false));

    CorreoRenderizado correo = PLANTILLAS.resumenDiario("omm@laserena.cl", HOY, tareas);

    assertThat(correo.texto())
        .contains("La Serena", "05-02-2027", ENLACE + "t1", ENLACE + "t2", "«OMM»");
    assertThat(correo.html())
        .contains(
            "La Serena", "05-02-2027", "href=\"" + ENLACE + "t1\"", "href=\"" + ENLACE + "t2\"");
    assertThat(correo.calendario()).isNull();
  }

  @Test
  void htmlEscapaLosDatos() {
    DatosTarea tarea =
        new DatosTarea("t1", "Revisar", "CONV-7", "<script>x</script>", null, null, true, ENLACE);

    CorreoRenderizado correo =
        PLANTILLAS.resumenDiario("<b>omm@laserena.cl</b>", HOY, List.of(tarea));

    assertThat(correo.html())
        .doesNotContain("<script>", "<b>")
        .contains("&lt;script&gt;", "&lt;b&gt;omm@laserena.cl&lt;/b&gt;");
  }
}
