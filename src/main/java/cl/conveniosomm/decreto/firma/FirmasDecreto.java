package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.documento.Documento;
import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.documento.TipoDocumento;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
   * The version signed in this turn.
   *
   * @param generado the decreto as generated from its draft, signed in the Alcalde's turn
   * @throws FirmaRechazadaException in Spanish, with nothing stored
   */
  public Documento firmar(
      String convenioId,
      TurnoDeFirma turno,
      String codigo,
      BloqueFirma bloque,
      byte[] generado,
      String usuario) {
    // one signature of a decreto at a time in this node: a double click signs once
    synchronized (enCurso.computeIfAbsent(convenioId, id -> new Object())) {
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
      byte[] base = turno == TurnoDeFirma.ALCALDE ? generado : firmadoAntes;
      byte[] firmado = firmador.firmar(base, turno, codigo, bloque);
      return documentos.guardar(
          convenioId, TipoDocumento.DECRETO_FIRMADO, NOMBRE, firmado, usuario);
    }
  }
}
