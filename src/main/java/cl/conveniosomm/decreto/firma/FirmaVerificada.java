package cl.conveniosomm.decreto.firma;

import java.time.Instant;

/**
 * One signature of a PDF as the validator reads it.
 *
 * @param firmante the signer's name (her certificate's common name)
 * @param emisor who issued her certificate
 * @param momento the claimed signing time
 * @param motivo what the signature says it is for
 * @param valida whether the signature matches the bytes it covers and the certificate it names
 * @param cubreTodo whether it covers the whole file: false for an earlier signature followed by
 *     later revisions, or for a document changed after it was signed
 */
public record FirmaVerificada(
    String firmante,
    String emisor,
    Instant momento,
    String motivo,
    boolean valida,
    boolean cubreTodo) {}
