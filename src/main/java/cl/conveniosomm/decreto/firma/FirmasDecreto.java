package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The decreto's signatures in the expediente: each turn signs the latest version (the generated
 * decreto for the Alcalde, her signed one for the ministro de fe) and the result is stored as a new
 * version of «Decreto alcaldicio firmado», with its SHA-256. A turn already signed is not signed
 * again: a retry returns the version it made. A signature that fails stores nothing.
 */
public class FirmasDecreto {

  static final String NOMBRE = "decreto-firmado.pdf";

  private final DocumentoService documentos;
  private final Firmador firmador;
  private final VerificadorFirmas verificador = new VerificadorFirmas();
  private final ConcurrentMap<String, Object> enCurso = new ConcurrentHashMap<>();

  public FirmasDecreto(DocumentoService documentos, Firmador firmador) {
    this.documentos = documentos;
    this.firmador = firmador;
  }

  /**
   * Runs {@code trabajo} holding this node's lock on the convenio's decreto, the one {@link
   * #firmar} takes: a caller that also locks the database row takes this first, so that requests of
   * one node queue here rather than on the database's lock timeout.
   */
  public void enExclusiva(String convenioId, Runnable trabajo) {
    synchronized (cerrojo(convenioId)) {
      trabajo.run();
    }
  }

  private Object cerrojo(String convenioId) {
    return enCurso.computeIfAbsent(convenioId, id -> new Object());
  }

  /** Whether the signer types a one-time code. */
  public boolean pideCodigo() {
    return firmador.pideCodigo();
  }

  /** Whether the current version carries {@code turno}'s signature, and every signature holds. */
  public boolean firmado(String convenioId, TurnoDeFirma turno) {
    List<FirmaVerificada> firmas =
        documentos
            .vigente(convenioId, TipoDocumento.DECRETO_FIRMADO, "")
            .map(documentos::contenido)
            .map(verificador::verificar)
            .orElse(List.of());
    return firmas.size() >= turno.orden() && firmas.stream().allMatch(FirmaVerificada::valida);
  }

  /**
   * The version signed in this turn.
   *
   * @param generado renders the decreto from its draft; called only when the Alcalde's signature is
   *     actually made
   * @throws FirmaRechazadaException in Spanish, with nothing stored
   */
  public Documento firmar(
      String convenioId,
      TurnoDeFirma turno,
      String codigo,
      BloqueFirma bloque,
      Supplier<byte[]> generado,
      String usuario) {
    // one signature of a decreto at a time in this node: a double click signs once
    synchronized (cerrojo(convenioId)) {
      Optional<Documento> vigente =
          documentos.vigente(convenioId, TipoDocumento.DECRETO_FIRMADO, "");
      byte[] firmadoAntes = vigente.map(documentos::contenido).orElse(null);
      List<FirmaVerificada> firmas =
          firmadoAntes == null ? List.of() : verificador.verificar(firmadoAntes);
      if (firmas.size() >= turno.orden()) {
        return vigente.get();
      }
      if (firmas.size() < turno.orden() - 1) {
        throw new FirmaRechazadaException(
            "El decreto aún no tiene la firma del Alcalde: no se firmó nada.");
      }
      if (firmas.stream().anyMatch(firma -> !firma.valida())) {
        throw new FirmaRechazadaException(
            "La versión vigente del decreto tiene una firma que no es válida: no se firmó nada.");
      }
      // the Alcalde signs the decreto as generated; the ministro de fe, the Alcalde's version
      byte[] base = turno == TurnoDeFirma.ALCALDE ? generado.get() : firmadoAntes;
      byte[] firmado = firmador.firmar(base, turno, codigo, bloque);
      return documentos.guardar(
          convenioId, TipoDocumento.DECRETO_FIRMADO, NOMBRE, firmado, usuario);
    }
  }
}
