package cl.conveniosomm.decreto.borrador;

/**
 * The kinds of citation in the decreto's VISTOS, in the order the operator chooses ({@code
 * omm.decreto.orden-vistos}); the default is the order Decreto N° 378 of La Serena (2017) cites
 * them in, which is the order the documents reached the Secretaría, not their dates. The laws
 * always close the VISTOS.
 */
public enum Visto {
  REMISION_SERNAMEG,
  /**
   * Every review of Asesoría Jurídica but the last: each one returned the convenio with
   * observations.
   */
  OBSERVACIONES_JURIDICAS,
  SOLICITUD_REVISION,
  RESPUESTA_OBSERVACIONES,
  /** Asesoría Jurídica's last review: the one that let the approval go on. */
  CONFORMIDAD_JURIDICA,
  CERTIFICADO_DAF,
  REMISION_ANTECEDENTES,
  /** SERNAMEG's Res. Ex. N° 003607 of 2015, the management model every convenio follows. */
  MODELO_DE_GESTION,
  RESOLUCION_SERNAMEG,
  SOLICITUD_DECRETO
}
