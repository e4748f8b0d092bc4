package cl.conveniosomm.notificacion.plantilla;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;

/** An .ics attachment with an all-day event on the due date. */
final class CalendarioIcs {

  static final String TIPO_CONTENIDO = "text/calendar; charset=UTF-8; method=PUBLISH";
  static final String PRODID = "-//Convenios OMM//ES";
  static final String SUFIJO_UID = "@convenios-omm";

  // An all-day DTSTART is local midnight: -15 h alerts at 09:00 the day before.
  private static final Duration AVISO_DIA_ANTERIOR = Duration.ofHours(-15);

  private CalendarioIcs() {}

  /**
   * {@code uid} without a domain: the same uid in another email updates the event instead of
   * duplicating it.
   */
  static Adjunto vencimiento(
      String uid, LocalDate dia, String resumen, String descripcion, String enlace) {
    VEvent evento = new VEvent(dia, dia.plusDays(1), resumen);
    evento.add(new Uid(uid + SUFIJO_UID));
    evento.add(new Description(descripcion));
    evento.add(new Url(URI.create(enlace.strip())));
    evento.add(ImmutableTransp.TRANSPARENT);
    VAlarm alarma = new VAlarm(AVISO_DIA_ANTERIOR);
    alarma.add(ImmutableAction.DISPLAY);
    alarma.add(new Description(resumen));
    evento.add(alarma);

    Calendar calendario =
        new Calendar()
            .withProdId(PRODID)
            .withDefaults()
            .withProperty(ImmutableMethod.PUBLISH)
            .withComponent(evento)
            .getFluentTarget();
    return new Adjunto("vencimiento-" + dia + ".ics", TIPO_CONTENIDO, escribir(calendario));
  }

  private static byte[] escribir(Calendar calendario) {
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try (Writer escritor = new OutputStreamWriter(salida, StandardCharsets.UTF_8)) {
      // Not validated: ical4j 4.1's iTIP rule wrongly requires ORGANIZER inside a VALARM with
      // METHOD:PUBLISH.
      new CalendarOutputter(false).output(calendario, escritor);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo generar el archivo de calendario.", e);
    }
    return salida.toByteArray();
  }
}
