package cl.conveniosomm.documento;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides whether an uploaded file is a plain PDF the system may keep and serve: PDFBox must parse
 * it, and it must carry no active content (JavaScript, launching programs, sending or importing
 * data, media), no embedded files, no XFA form, and nothing around the PDF a browser or another
 * program could take for a web page. Every object of the file is looked at, reachable or not, so no
 * list of places where actions may hide can fall short.
 */
final class InspeccionPdf {

  static final String NO_ES_PDF = "El archivo no es un PDF: sólo se aceptan documentos PDF.";
  static final String INVALIDO =
      "El archivo no es un PDF válido: no se pudo leer su estructura. Expórtelo de nuevo "
          + "como PDF y vuelva a subirlo. No se guardó nada.";
  static final String POLIGLOTA =
      "El archivo no es un PDF limpio: además del PDF trae contenido web (HTML o script). "
          + "Imprímalo o expórtelo de nuevo como PDF y vuelva a subirlo. No se guardó nada.";
  static final String ACTIVO =
      "El PDF contiene contenido activo (JavaScript, acciones que abren programas o envían "
          + "datos, o multimedia). Vuelva a exportarlo o imprímalo como PDF sin ese contenido y súbalo de nuevo. "
          + "No se guardó nada.";
  static final String ADJUNTOS =
      "El PDF trae archivos incrustados (adjuntos dentro del PDF). Vuelva a exportarlo o "
          + "imprímalo como PDF sin adjuntos y súbalo de nuevo. No se guardó nada.";
  static final String XFA =
      "El PDF es un formulario XFA, que no se puede revisar. Imprímalo como PDF y súbalo de "
          + "nuevo. No se guardó nada.";
  static final String CON_CLAVE =
      "El PDF está protegido con contraseña y no se puede revisar. Quite la contraseña "
          + "(o imprímalo como PDF) y súbalo de nuevo. No se guardó nada.";
  static final String DESMESURADO =
      "El PDF se descomprime a un tamaño desmesurado y no se puede revisar. Expórtelo "
          + "de nuevo como PDF y vuelva a subirlo. No se guardó nada.";

  /**
   * What the file's compressed streams may inflate to, all together: beyond it, a decompression
   * bomb.
   */
  static final long DESCOMPRIMIDO_MAXIMO = 200L * 1024 * 1024;

  /** What PDFBox may buffer while parsing. */
  private static final long MEMORIA_MAXIMA = 64L * 1024 * 1024;

  /** How much of the file's start a browser or a legacy sniffer reads to guess its type. */
  private static final int CABECERA = 1024;

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern VERSION = Pattern.compile("%PDF-[12]\\.\\d");
  private static final Pattern PRIMER_OBJETO = Pattern.compile("\\d+\\s+\\d+\\s+obj");
  // What sniffers take for a web page. The head may hold compressed (random) bytes, so only markers
  // of three letters or more: by chance they turn up in about one PDF in a million.
  private static final Pattern MARCADO =
      Pattern.compile(
          "<(?:!doctype|!--|\\?xml|a\\s+href|(?:html|head|body"
              + "|script|svg|iframe|frame|frameset|object|embed|applet|img|meta|link|base|style|title|table|div|span|font"
              + "|form|input|button|textarea|plaintext|xmp|pre|math|template|video|audio)(?![a-z0-9]))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FIN = Pattern.compile("%%EOF");
  private static final Pattern STREAM = Pattern.compile("(?<!end)stream\\r?\\n");
  private static final Pattern ESQUEMA_PELIGROSO =
      Pattern.compile("^\\s*(?:javascript|vbscript|data|file):", Pattern.CASE_INSENSITIVE);

  /**
   * Actions that run code, start programs, send or import data, open other files, or play media.
   */
  private static final Set<COSName> ACCIONES_PELIGROSAS =
      nombres(
          "JavaScript",
          "Launch",
          "ImportData",
          "SubmitForm",
          "GoToR",
          "GoToE",
          "Rendition",
          "Movie",
          "Sound",
          "RichMediaExecute");

  private static final Set<COSName> ANOTACIONES_ACTIVAS =
      nombres("RichMedia", "Movie", "Sound", "Screen");
  private static final COSName ADJUNTO = COSName.getPDFName("FileAttachment");

  private InspeccionPdf() {}

  /** The Spanish reason the file may not be stored, or empty when it is a plain PDF. */
  static Optional<String> problema(byte[] contenido) {
    String texto = new String(contenido, StandardCharsets.ISO_8859_1);
    return envoltorio(contenido, texto)
        .or(
            () ->
                descomprimidoExcesivo(contenido, texto)
                    ? Optional.of(DESMESURADO)
                    : Optional.empty())
        .or(() -> estructura(contenido));
  }

  /**
   * The bytes around the PDF: a PDF header at byte 0, no markup in the head, nothing after the end.
   */
  private static Optional<String> envoltorio(byte[] contenido, String texto) {
    if (!texto.startsWith("%PDF-")) {
      return Optional.of(NO_ES_PDF);
    }
    if (!VERSION.matcher(texto).lookingAt()) {
      return Optional.of(INVALIDO);
    }
    Matcher primero = PRIMER_OBJETO.matcher(texto);
    int inicio = primero.find() ? primero.start() : texto.length();
    // before its first object a PDF has only its header and comment lines, and no markup at all
    String preambulo = texto.substring(0, inicio);
    if (preambulo.indexOf('<') >= 0
        || MARCADO
            .matcher(texto.substring(0, Math.min(texto.length(), Math.max(inicio, CABECERA))))
            .find()) {
      return Optional.of(POLIGLOTA);
    }
    for (String linea : preambulo.split("[\\r\\n]+")) {
      if (!linea.isBlank() && !linea.startsWith("%")) {
        return Optional.of(INVALIDO);
      }
    }
    Matcher fin = FIN.matcher(texto);
    int despues = -1;
    while (fin.find()) {
      despues = fin.end();
    }
    if (despues < 0) {
      return Optional.of(INVALIDO);
    }
    for (int i = despues; i < contenido.length; i++) {
      if (!esEspacio(contenido[i])) {
        return Optional.of(POLIGLOTA);
      }
    }
    return Optional.empty();
  }

  private static boolean esEspacio(byte b) {
    return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
  }

  /**
   * Whether the file's Flate streams inflate, all together, beyond {@link #DESCOMPRIMIDO_MAXIMO}.
   * PDFBox inflates object and cross-reference streams whole into memory, without a limit, so a
   * bomb is caught here first, counting the output without keeping it.
   */
  private static boolean descomprimidoExcesivo(byte[] contenido, String texto) {
    long total = 0;
    byte[] salida = new byte[64 * 1024];
    Matcher stream = STREAM.matcher(texto);
    Inflater inflater = new Inflater();
    try {
      while (stream.find()) {
        int inicio = stream.end();
        int fin = texto.indexOf("endstream", inicio);
        if (fin < 0) {
          fin = contenido.length;
        }
        if (fin - inicio < 2 || !esZlib(contenido[inicio], contenido[inicio + 1])) {
          continue;
        }
        inflater.reset();
        inflater.setInput(contenido, inicio, fin - inicio);
        try {
          while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
            total += inflater.inflate(salida);
            if (total > DESCOMPRIMIDO_MAXIMO) {
              return true;
            }
          }
        } catch (DataFormatException noEsFlate) {
          // PDFBox would stop at the same broken data
        }
      }
      return false;
    } finally {
      inflater.end();
    }
  }

  private static boolean esZlib(byte primero, byte segundo) {
    return (primero & 0x0F) == 8 && (((primero & 0xFF) << 8) | (segundo & 0xFF)) % 31 == 0;
  }

  private static Optional<String> estructura(byte[] contenido) {
    try (PDDocument pdf =
        Loader.loadPDF(
            new RandomAccessReadBuffer(contenido),
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(MEMORIA_MAXIMA).streamCache)) {
      if (pdf.getNumberOfPages() < 1) {
        return Optional.of(INVALIDO);
      }
      return objetos(pdf);
    } catch (InvalidPasswordException conClave) {
      return Optional.of(CON_CLAVE);
    } catch (IOException | RuntimeException ilegible) {
      return Optional.of(INVALIDO);
    }
  }

  /**
   * Walks every object: those reachable from the trailer and every one the cross-reference lists.
   */
  private static Optional<String> objetos(PDDocument pdf) {
    Set<COSBase> vistos = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pendientes = new ArrayDeque<>();
    pendientes.push(pdf.getDocument().getTrailer());
    pdf.getDocument()
        .getXrefTable()
        .keySet()
        .forEach(clave -> pendientes.push(pdf.getDocument().getObjectFromPool(clave)));
    while (!pendientes.isEmpty()) {
      COSBase objeto = pendientes.pop();
      if (objeto instanceof COSObject indirecto) {
        objeto = indirecto.getObject();
      }
      if (objeto == null || !vistos.add(objeto)) {
        continue;
      }
      if (objeto instanceof COSDictionary diccionario) {
        Optional<String> problema = problema(diccionario);
        if (problema.isPresent()) {
          return problema;
        }
        diccionario.getValues().forEach(pendientes::push);
      } else if (objeto instanceof COSArray arreglo) {
        arreglo.forEach(pendientes::push);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problema(COSDictionary diccionario) {
    COSName tipo = diccionario.getCOSName(COSName.S);
    if (diccionario.containsKey(COSName.JS)
        || diccionario.containsKey(COSName.JAVA_SCRIPT)
        || ACCIONES_PELIGROSAS.contains(tipo)
        || COSName.URI.equals(tipo)
            && ESQUEMA_PELIGROSO.matcher(diccionario.getString(COSName.URI, "")).find()
        || ANOTACIONES_ACTIVAS.contains(diccionario.getCOSName(COSName.SUBTYPE))) {
      return Optional.of(ACTIVO);
    }
    if (diccionario.containsKey(COSName.EF)
        || diccionario.containsKey(COSName.EMBEDDED_FILES)
        || COSName.EMBEDDED_FILE.equals(diccionario.getCOSName(COSName.TYPE))
        || ADJUNTO.equals(diccionario.getCOSName(COSName.SUBTYPE))) {
      return Optional.of(ADJUNTOS);
    }
    if (diccionario.containsKey(COSName.XFA)) {
      return Optional.of(XFA);
    }
    return Optional.empty();
  }

  private static Set<COSName> nombres(String... nombres) {
    // a HashSet: a dictionary without the key gives null, which an immutable Set.of refuses to look
    // up
    return Collections.unmodifiableSet(
        Arrays.stream(nombres).map(COSName::getPDFName).collect(Collectors.toSet()));
  }
}
