package cl.conveniosomm.notificacion.plantilla;

import static cl.conveniosomm.notificacion.plantilla.Ejemplos.ENLACE;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.PLANTILLAS;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.VENCE;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.recordatorio;
import static cl.conveniosomm.notificacion.plantilla.Ejemplos.tarea;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarioIcsTest {

  @Test
  void recordatorioEsUnEventoDeDiaCompletoEnElVencimiento() throws Exception {
    Calendar calendario =
        leer(
            PLANTILLAS.recordatorio(recordatorio(TipoRecordatorio.PREVIO, 10, false)).calendario());
    VEvent evento = unicoEvento(calendario);

    assertThat(calendario.getProductId().getValue()).isEqualTo("-//Convenios OMM//ES");
    assertThat(calendario.getMethod().getValue()).isEqualTo("PUBLISH");
    assertThat(evento.getDateTimeStart().<LocalDate>getDate()).isEqualTo(VENCE);
    assertThat(evento.getDateTimeStart().getParameter(Parameter.VALUE))
        .hasValueSatisfying(valor -> assertThat(valor.getValue()).isEqualTo("DATE"));
    assertThat(evento.getDateTimeEnd().<LocalDate>getDate()).isEqualTo(VENCE.plusDays(1));
    assertThat(evento.getRequiredProperty(Property.UID).getValue())
        .isEqualTo("informe-sem-2026-1-CONV-7@convenios-omm");
    assertThat(evento.getSummary().getValue())
        .isEqualTo("Vence: Informe Semestral de Avance – convenio Coquimbo");
    assertThat(evento.getDescription().getValue()).contains(ENLACE);
    assertThat(evento.getAlarms()).hasSize(1);
  }

  @Test
  void elMismoPlazoConservaElUidEnCadaRecordatorio() throws Exception {
    VEvent previo =
        unicoEvento(
            leer(
                PLANTILLAS
                    .recordatorio(recordatorio(TipoRecordatorio.PREVIO, 3, false))
                    .calendario()));
    VEvent vencido =
        unicoEvento(
            leer(
                PLANTILLAS
                    .recordatorio(recordatorio(TipoRecordatorio.VENCIDO, 5, true))
                    .calendario()));

    assertThat(vencido.getRequiredProperty(Property.UID).getValue())
        .isEqualTo(previo.getRequiredProperty(Property.UID).getValue());
    assertThat(vencido.getSummary().getValue()).isEqualTo(previo.getSummary().getValue());
  }

  @Test
  void tareaConVencimiento() throws Exception {
    LocalDate vence = LocalDate.of(2027, 3, 1);
    VEvent evento =
        unicoEvento(leer(PLANTILLAS.tareaNueva(tarea("t-42", vence, null, true)).calendario()));

    assertThat(evento.getDateTimeStart().<LocalDate>getDate()).isEqualTo(vence);
    assertThat(evento.getRequiredProperty(Property.UID).getValue())
        .isEqualTo("tarea-t-42@convenios-omm");
    assertThat(evento.getSummary().getValue())
        .isEqualTo("Vence: Revisar el convenio – convenio La Serena");
  }

  @Test
  void conservaLosAcentos() throws Exception {
    DatosRecordatorio datos =
        new DatosRecordatorio(
            "u1",
            "CONV-7",
            "Ñuñoa",
            "Plan anual estratégico de Género",
            VENCE,
            TipoRecordatorio.DIA,
            0,
            false,
            ENLACE);

    VEvent evento = unicoEvento(leer(PLANTILLAS.recordatorio(datos).calendario()));

    assertThat(evento.getSummary().getValue()).contains("Ñuñoa", "estratégico");
  }

  private static Calendar leer(Adjunto adjunto) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(adjunto.contenido()));
  }

  private static VEvent unicoEvento(Calendar calendario) {
    assertThat(calendario.getComponents(Component.VEVENT)).hasSize(1);
    return (VEvent) calendario.getComponents(Component.VEVENT).get(0);
  }
}
