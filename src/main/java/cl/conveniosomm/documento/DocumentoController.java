package cl.conveniosomm.documento;

import cl.conveniosomm.proceso.Grupos;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Upload, list and download a convenio's documents. */
@RestController
@RequestMapping("/api/convenios/{convenio}/documentos")
public class DocumentoController {

  private final DocumentoService documentos;
  private final List<SubidaRestringida> restricciones;

  public DocumentoController(DocumentoService documentos, List<SubidaRestringida> restricciones) {
    this.documentos = documentos;
    this.restricciones = restricciones;
  }

  @PostMapping(path = "/{tipo}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Documento> subir(
      @PathVariable String convenio,
      @PathVariable TipoDocumento tipo,
      @RequestParam(name = "archivo", required = false) MultipartFile archivo,
      @RequestParam(defaultValue = "") String referencia,
      Authentication usuario)
      throws IOException {
    if (!puedeSubir(usuario, tipo)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Su grupo no sube el documento «" + tipo.nombre() + "».");
    }
    restricciones.stream()
        .flatMap(restriccion -> restriccion.rechazo(convenio, tipo).stream())
        .findFirst()
        .ifPresent(
            rechazo -> {
              throw new ResponseStatusException(HttpStatus.CONFLICT, rechazo);
            });
    if (archivo == null) {
      throw new IllegalArgumentException("Adjunte el archivo en el campo «archivo».");
    }
    Documento documento =
        documentos.guardar(
            convenio,
            tipo,
            referencia,
            archivo.getOriginalFilename(),
            archivo.getBytes(),
            usuario.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(documento);
  }

  @GetMapping
  public List<Documento> listar(@PathVariable String convenio) {
    return documentos.deConvenio(convenio);
  }

  @GetMapping("/{tipo}/contenido")
  public ResponseEntity<byte[]> descargar(
      @PathVariable String convenio,
      @PathVariable TipoDocumento tipo,
      @RequestParam(defaultValue = "") String referencia) {
    Documento documento =
        documentos
            .vigente(convenio, tipo, referencia)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "El convenio no tiene «" + tipo.nombre() + "»."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(documento.nombre(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-SHA256", documento.sha256())
        .body(documentos.contenido(documento));
  }

  private static boolean puedeSubir(Authentication usuario, TipoDocumento tipo) {
    return usuario.getAuthorities().stream()
        .map(authority -> authority.getAuthority().substring("GROUP_".length()))
        .anyMatch(
            group -> tipo.gruposQueSuben().contains(group) || Grupos.CAMUNDA_ADMIN.equals(group));
  }
}
