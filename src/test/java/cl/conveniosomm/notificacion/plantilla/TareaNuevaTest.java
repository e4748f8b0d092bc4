package cl.conveniosomm.notificacion.plantilla;

import static cl.conveniosomm.notificacion.plantilla.Ejemplos.ENLACE;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.PLANTILLAS;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.tarea;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TareaNuevaTest {

  @Test
  void asunto() {
    assertThat(PLANTILLAS.tareaNueva(tarea("t1", null, null, true)).asunto())
        .isEqualTo("Nueva tarea: Revisar el convenio – convenio La Serena");
  }

  @Test
  void asignadaAUsted() {
    CorreoRenderizado correo = PLANTILLAS.tareaNueva(tarea("t1", null, null, true));

    assertThat(correo.texto()).contains("asignada a usted").doesNotContain("grupo");
    assertThat(correo.html()).contains("asignada a usted");
  }

  @Test
  void disponibleParaElGrupoConSuNombre() {
    CorreoRenderizado correo = PLANTILLAS.tareaNueva(tarea("t1", null, "Asesoría Jurídica", false));

    assertThat(correo.texto())
        .contains("disponible para el grupo «Asesoría Jurídica»")
        .doesNotContain("asignada a usted");
    assertThat(correo.html()).contains("Asesoría Jurídica").doesNotContain("asignada a usted");
  }

  @Test
  void enlaceEnTextoYHtml() {
    CorreoRenderizado correo = PLANTILLAS.tareaNueva(tarea("t1", null, null, true));

    assertThat(correo.texto()).contains(ENLACE + "t1");
    assertThat(correo.html()).contains("href=\"" + ENLACE + "t1\"");
  }

  @Test
  void conVencimientoMuestraLaFechaYAdjuntaCalendario() {
    CorreoRenderizado correo =
        PLANTILLAS.tareaNueva(tarea("t1", LocalDate.of(2027, 3, 1), null, true));

    assertThat(correo.texto()).contains("lunes 1 de marzo de 2027", "01-03-2027");
    assertThat(correo.html()).contains("lunes 1 de marzo de 2027", "01-03-2027");
    assertThat(correo.calendario()).isNotNull();
  }

  @Test
  void sinVencimientoNoAdjuntaCalendario() {
    CorreoRenderizado correo = PLANTILLAS.tareaNueva(tarea("t1", null, null, true));

    assertThat(correo.calendario()).isNull();
    assertThat(correo.texto()).contains("sin plazo definido");
  }

  @Test
  void htmlEscapaLosDatos() {
    DatosTarea tarea =
        new DatosTarea(
            "t1",
            "<b>Firmar</b>",
            "CONV-7",
            "<script>x</script>",
            null,
            "<i>grupo</i>",
            false,
            ENLACE);

    assertThat(PLANTILLAS.tareaNueva(tarea).html())
        .doesNotContain("<script>", "<b>", "<i>")
        .contains(
            "&lt;script&gt;x&lt;/script&gt;",
            "&lt;b&gt;Firmar&lt;/b&gt;",
            "&lt;i&gt;grupo&lt;/i&gt;");
  }
}
