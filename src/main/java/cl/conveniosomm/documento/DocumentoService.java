package cl.conveniosomm.documento;

import cl.conveniosomm.system.engine.Reloj;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a convenio's documents: plain PDFs only (see {@link InspeccionPdf}), within the size limit,
 * each stored with its SHA-256, size, uploader and time; replacing one adds a version, nothing is
 * overwritten.
 */
@Service
public class DocumentoService {

  public static final long TAMANO_MAXIMO = 20L * 1024 * 1024;

  private final DocumentoRepository repository;
  private final Reloj reloj;

  public DocumentoService(DocumentoRepository repository, Reloj reloj) {
    this.repository = repository;
    this.reloj = reloj;
  }

  @Transactional
  public Documento guardar(
      String convenioId, TipoDocumento tipo, String nombre, byte[] contenido, String usuario) {
    return guardar(convenioId, tipo, "", nombre, contenido, usuario);
  }

  /** Stores a document of a period (e.g. the report of semester "2017-1"). */
  @Transactional
  public Documento guardar(
      String convenioId,
      TipoDocumento tipo,
      String referencia,
      String nombre,
      byte[] contenido,
      String usuario) {
    if (referencia == null || referencia.length() > 20 || !referencia.matches("[0-9A-Za-z-]*")) {
      throw new IllegalArgumentException(
          "La referencia del documento sólo admite letras, dígitos y guiones (hasta 20).");
    }
    if (convenioId == null || convenioId.isBlank() || convenioId.length() > 64) {
      throw new IllegalArgumentException("Indique el convenio al que pertenece el documento.");
    }
    if (contenido == null || contenido.length == 0) {
      throw new IllegalArgumentException("El archivo está vacío: no se guardó nada.");
    }
    if (contenido.length > TAMANO_MAXIMO) {
      throw new IllegalArgumentException(
          "El archivo supera el máximo de 20 MB: no se guardó nada.");
    }
    InspeccionPdf.problema(contenido)
        .ifPresent(
            problema -> {
              throw new IllegalArgumentException(problema);
            });
    String nombreLimpio = limpiar(nombre);
    Documento documento =
        new Documento(
            UUID.randomUUID().toString(),
            convenioId,
            tipo,
            referencia,
            repository.nextVersion(convenioId, tipo, referencia),
            nombreLimpio,
            "application/pdf",
            contenido.length,
            sha256(contenido),
            usuario,
            reloj.ahora());
    repository.insert(documento, contenido);
    return documento;
  }

  public boolean existe(String convenioId, TipoDocumento tipo) {
    return existe(convenioId, tipo, "");
  }

  public boolean existe(String convenioId, TipoDocumento tipo, String referencia) {
    return repository.findLatest(convenioId, tipo, referencia).isPresent();
  }

  public List<Documento> deConvenio(String convenioId) {
    return repository.findByConvenio(convenioId);
  }

  public Optional<Documento> vigente(String convenioId, TipoDocumento tipo, String referencia) {
    return repository.findLatest(convenioId, tipo, referencia);
  }

  public byte[] contenido(Documento documento) {
    return repository.content(documento.id());
  }

  private static String limpiar(String nombre) {
    String base =
        nombre == null || nombre.isBlank()
            ? "documento.pdf"
            : nombre.replaceAll("[\\\\/\\r\\n\"]", "_");
    // saved from a download, the file opens in a PDF reader, never in a browser as a page
    if (!base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      base = base + ".pdf";
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  /** The SHA-256 of a file, in lowercase hex, as the expediente keeps it. */
  public static String sha256(byte[] contenido) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
