package cl.conveniosomm.decreto.firma;

/**
 * Whoever applies the decreto's advanced electronic signatures: FirmaGob or the municipality's own
 * certificates.
 */
public interface Firmador {

  /**
   * The PDF with one more PAdES signature, by whoever signs that turn.
   *
   * @param codigo the signer's one-time code where the signature is attended; never stored
   * @throws FirmaRechazadaException in Spanish, with nothing signed
   */
  byte[] firmar(byte[] pdf, TurnoDeFirma turno, String codigo, BloqueFirma bloque);

  /** Whether the signer types a one-time code to sign. */
  boolean pideCodigo();
}
