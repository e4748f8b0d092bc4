package cl.conveniosomm.support;

import java.nio.charset.StandardCharsets;

/** A small valid PDF for tests. */
public final class Pdf {

  private Pdf() {
  }

  public static byte[] de(String texto) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + texto + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
