package cl.conveniosomm.decreto;

import cl.conveniosomm.documento.TipoDocumento;
import cl.conveniosomm.proceso.DecisionTarea;
import cl.conveniosomm.proceso.Tareas;
import cl.conveniosomm.proceso.Variables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of the approval that leave an antecedente: which user task, what document, who issues
 * it, and the form fields it comes in ({@code prefijo + "Numero" / "Fecha" / "Materia"}).
 */
public enum PasoAprobacion {
  /** Recorded when the approval starts: SERNAMEG's Ord. that sent the convenio. */
  REMISION_SERNAMEG(
      "Inicio_OrdSernameg",
      TipoAntecedente.ORD,
      UnidadEmisora.SERNAMEG,
      "ordSernameg",
      Numero.OBLIGATORIO,
      false,
      "Remite el convenio de colaboración para su suscripción"),
  /** Recorded when the approval starts: the signed convenio itself. */
  SUSCRIPCION(
      "Inicio_Suscripcion",
      TipoAntecedente.CONVENIO,
      UnidadEmisora.PARTES,
      "suscripcion",
      Numero.OPCIONAL,
      false,
      "Convenio de colaboración para la Oficina Municipal de la Mujer"),
  SOLICITAR_REVISION(
      Tareas.SOLICITAR_REVISION,
      TipoAntecedente.ORD,
      UnidadEmisora.DIDECO,
      "didecoOrd",
      Numero.OBLIGATORIO,
      false,
      "Solicita la revisión jurídica y la aprobación del convenio de colaboración"),
  REVISAR_CONVENIO(
      Tareas.REVISAR_CONVENIO,
      TipoAntecedente.ORD,
      UnidadEmisora.ASESORIA_JURIDICA,
      "juridicaOrd",
      Numero.OBLIGATORIO,
      true,
      "Informa favorablemente el convenio de colaboración"),
  RESPONDER_OBSERVACIONES(
      Tareas.RESPONDER_OBSERVACIONES,
      TipoAntecedente.ORD,
      UnidadEmisora.DIDECO,
      "respuestaOrd",
      Numero.SIN_NUMERO_NO_SE_CITA,
      true,
      "Responde las observaciones jurídicas al convenio de colaboración"),
  EMITIR_CERTIFICADO(
      Tareas.EMITIR_CERTIFICADO_DAF,
      TipoAntecedente.CERTIFICADO,
      UnidadEmisora.DAF,
      "dafCertificado",
      Numero.OPCIONAL,
      true,
      "Certifica la disponibilidad presupuestaria para la ejecución del convenio"),
  REMITIR_ANTECEDENTES(
      Tareas.REMITIR_ANTECEDENTES,
      TipoAntecedente.ORD,
      UnidadEmisora.DIDECO,
      "remisionOrd",
      Numero.OBLIGATORIO,
      true,
      "Remite los antecedentes del convenio para su aprobación"),
  EMITIR_RESOLUCION(
      Tareas.EMITIR_RESOLUCION,
      TipoAntecedente.RESOLUCION_EXENTA,
      UnidadEmisora.SERNAMEG,
      "resolucion",
      Numero.OBLIGATORIO,
      true,
      "Aprueba el convenio de colaboración"),
  SOLICITAR_DECRETO(
      Tareas.SOLICITAR_DECRETO,
      TipoAntecedente.MEMO,
      UnidadEmisora.DIDECO,
      "memoDecreto",
      Numero.OBLIGATORIO,
      true,
      "Solicita la dictación del decreto alcaldicio que aprueba el convenio"),
  NUMERAR_DECRETO(
      Tareas.NUMERAR_DECRETO,
      TipoAntecedente.DECRETO,
      UnidadEmisora.ALCALDIA,
      "decreto",
      Numero.OBLIGATORIO,
      true,
      "Aprueba el convenio de colaboración");

  /** Whether the document must have a N°, and what a missing one means. */
  public enum Numero {
    OBLIGATORIO,
    OPCIONAL,
    SIN_NUMERO_NO_SE_CITA
  }

  private final String tarea;
  private final TipoAntecedente tipo;
  private final UnidadEmisora unidad;
  private final String prefijo;
  private final Numero numero;
  private final boolean posteriorASuscripcion;
  private final String materiaPorDefecto;

  PasoAprobacion(
      String tarea,
      TipoAntecedente tipo,
      UnidadEmisora unidad,
      String prefijo,
      Numero numero,
      boolean posteriorASuscripcion,
      String materiaPorDefecto) {
    this.tarea = tarea;
    this.tipo = tipo;
    this.unidad = unidad;
    this.prefijo = prefijo;
    this.numero = numero;
    this.posteriorASuscripcion = posteriorASuscripcion;
    this.materiaPorDefecto = materiaPorDefecto;
  }

  public static Optional<PasoAprobacion> deTarea(String tarea) {
    return Arrays.stream(values()).filter(paso -> paso.tarea.equals(tarea)).findFirst();
  }

  public String tarea() {
    return tarea;
  }

  public TipoAntecedente tipo() {
    return tipo;
  }

  public UnidadEmisora unidad() {
    return unidad;
  }

  public Numero numero() {
    return numero;
  }

  public String variableNumero() {
    return prefijo + "Numero";
  }

  public String variableFecha() {
    // the signature date is the registration's own field, shared by the whole lifecycle
    return this == SUSCRIPCION ? Variables.FECHA_SUSCRIPCION : prefijo + "Fecha";
  }

  public String variableMateria() {
    return prefijo + "Materia";
  }

  /** The document answers the signed convenio, so it cannot predate its signature. */
  public boolean posteriorASuscripcion() {
    return posteriorASuscripcion;
  }

  /**
   * What the document does, as the VISTOS cite it after «que» (a verb phrase: «Remite…»), when the
   * person typed no subject; Asesoría Jurídica's Ord. says what she decided.
   */
  public String materiaPorDefecto(Map<String, Object> variables) {
    if (this == REVISAR_CONVENIO
        && DecisionTarea.REVISAR_CONVENIO
            .devuelve()
            .equals(variables.get(DecisionTarea.REVISAR_CONVENIO.variable()))) {
      return "Formula observaciones al convenio de colaboración";
    }
    return materiaPorDefecto;
  }

  /**
   * The steps whose documents this one answers, so it cannot predate them: the legal review answers
   * DIDECO's request, the reply answers the review, and the decreto follows the legal review and
   * the memo that asks for it.
   */
  public List<PasoAprobacion> posteriorA() {
    return switch (this) {
      case REVISAR_CONVENIO -> List.of(SOLICITAR_REVISION);
      case RESPONDER_OBSERVACIONES -> List.of(REVISAR_CONVENIO);
      case NUMERAR_DECRETO -> List.of(REVISAR_CONVENIO, SOLICITAR_DECRETO);
      default -> List.of();
    };
  }

  /** The document that must be attached before the step can be completed. */
  public Optional<TipoDocumento> documento() {
    return switch (this) {
      case SOLICITAR_REVISION -> Optional.of(TipoDocumento.CONVENIO_FIRMADO);
      case NUMERAR_DECRETO -> Optional.of(TipoDocumento.DECRETO_FIRMADO);
      default -> Optional.empty();
    };
  }
}
