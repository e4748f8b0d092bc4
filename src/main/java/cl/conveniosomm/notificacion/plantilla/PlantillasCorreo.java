package cl.conveniosomm.notificacion.plantilla;

import cl.conveniosomm.system.texto.Fechas;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Subject, text body, HTML body and, for deadlines, the .ics of every email the system sends. It
 * only builds the content; sending is the outbox's job.
 */
@Service
public class PlantillasCorreo {

  private final ITemplateEngine motor;

  // Own engine, not Spring Boot's SpringTemplateEngine: it needs TEXT mode for .txt and works
  // without a context.
  public PlantillasCorreo() {
    this.motor = MotorPlantillas.crear();
  }

  /** For use without a Spring context (tests, tools). */
  public static PlantillasCorreo conMotorPropio() {
    return new PlantillasCorreo();
  }

  public CorreoRenderizado recordatorio(DatosRecordatorio d) {
    Requerido.valor(d, "datos del recordatorio");
    Context contexto =
        contexto(
            Map.of(
                "tipo", d.tipo().name(),
                "obligacion", d.obligacion(),
                "convenioId", d.convenioId(),
                "comuna", d.comuna(),
                "venceCorto", Fechas.corta(d.vence()),
                "venceLargo", Fechas.enPalabras(d.vence()),
                "diasHabiles", d.diasHabiles(),
                "escalado", d.escalado(),
                "enlace", d.enlace()));
    Adjunto ics =
        evento(d.uid(), d.obligacion(), d.convenioId(), d.comuna(), d.vence(), d.enlace());
    return correo("recordatorio", contexto, ics);
  }

  public CorreoRenderizado tareaNueva(DatosTarea d) {
    Requerido.valor(d, "datos de la tarea");
    Context contexto = contexto(Map.of("t", FilaResumen.de(d)));
    contexto.setVariable("venceLargo", Fechas.enPalabras(d.vence()));
    Adjunto ics =
        d.vence() == null
            ? null
            : evento(
                "tarea-" + d.tareaId(),
                d.tareaNombre(),
                d.convenioId(),
                d.comuna(),
                d.vence(),
                d.enlace());
    return correo("tarea-nueva", contexto, ics);
  }

  public CorreoRenderizado resumenDiario(
      String destinatario, LocalDate fecha, List<DatosTarea> tareas) {
    Requerido.texto(destinatario, "destinatario");
    Requerido.valor(fecha, "fecha");
    Requerido.valor(tareas, "tareas");
    if (tareas.isEmpty()) {
      throw new IllegalArgumentException("El resumen diario necesita al menos una tarea.");
    }
    if (tareas.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(
          "La lista de tareas del resumen diario contiene un elemento nulo.");
    }
    Context contexto =
        contexto(
            Map.of(
                "destinatario", destinatario,
                "fechaCorta", Fechas.corta(fecha),
                "fechaLarga", Fechas.enPalabras(fecha),
                "tareas", tareas.stream().map(FilaResumen::de).toList()));
    return correo("resumen-diario", contexto, null);
  }

  /** {@code decretoAdjunto}: the signed decreto goes attached, and the email says so. */
  public CorreoRenderizado decretoDistribuido(DatosDistribucion d, boolean decretoAdjunto) {
    Requerido.valor(d, "datos de la distribución");
    Context contexto =
        contexto(
            Map.of(
                "d",
                d,
                "fechaCorta",
                Fechas.corta(d.decretoFecha()),
                "fechaLarga",
                Fechas.enPalabras(d.decretoFecha())));
    contexto.setVariable("suscripcion", Fechas.corta(d.fechaSuscripcion()));
    contexto.setVariable("decretoAdjunto", decretoAdjunto);
    return correo("decreto-distribuido", contexto, null);
  }

  public CorreoRenderizado informeRemitido(DatosInforme d) {
    Requerido.valor(d, "datos del informe");
    return correo("informe-remitido", contexto(Map.of("d", d)), null);
  }

  private CorreoRenderizado correo(String plantilla, Context contexto, Adjunto calendario) {
    String asunto = linea(plantilla + "-asunto.txt", contexto);
    contexto.setVariable("asunto", asunto);
    String texto = motor.process(plantilla + ".txt", contexto).strip();
    String html = motor.process(plantilla + ".html", contexto);
    return new CorreoRenderizado(asunto, texto, html, calendario);
  }

  private Adjunto evento(
      String uid, String titulo, String convenioId, String comuna, LocalDate vence, String enlace) {
    Context contexto =
        contexto(
            Map.of(
                "titulo", titulo,
                "convenioId", convenioId,
                "comuna", comuna,
                "venceCorto", Fechas.corta(vence),
                "enlace", enlace));
    return CalendarioIcs.vencimiento(
        uid,
        vence,
        linea("evento-resumen.txt", contexto),
        motor.process("evento-descripcion.txt", contexto).strip(),
        enlace);
  }

  /** A single line: a line break in the data must not split the Subject header. */
  private String linea(String plantilla, Context contexto) {
    return motor.process(plantilla, contexto).replaceAll("\\s+", " ").strip();
  }

  private static Context contexto(Map<String, Object> variables) {
    Context contexto = new Context(Fechas.ES_CL);
    contexto.setVariables(variables);
    return contexto;
  }
}
