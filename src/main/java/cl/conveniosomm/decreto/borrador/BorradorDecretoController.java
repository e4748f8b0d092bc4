package cl.conveniosomm.decreto.borrador;

import cl.conveniosomm.convenio.ConvenioRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The decreto drafted from the convenio's antecedentes: PDF to read, DOCX to correct. */
@RestController
public class BorradorDecretoController {

  private static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final BorradorDecretoService borradores;
  private final DocumentoDecreto documento;
  private final ConvenioRepository convenios;

  public BorradorDecretoController(
      BorradorDecretoService borradores, DocumentoDecreto documento, ConvenioRepository convenios) {
    this.borradores = borradores;
    this.documento = documento;
    this.convenios = convenios;
  }

  @GetMapping("/api/convenios/{convenio}/decreto/borrador.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String convenio) {
    return archivo(
        documento.pdf(borrador(convenio)),
        MediaType.APPLICATION_PDF,
        "decreto-" + convenio + ".pdf");
  }

  @GetMapping("/api/convenios/{convenio}/decreto/borrador.docx")
  public ResponseEntity<byte[]> docx(@PathVariable String convenio) {
    return archivo(documento.docx(borrador(convenio)), DOCX, "decreto-" + convenio + ".docx");
  }

  private BorradorDecreto borrador(String convenio) {
    String comuna =
        convenios
            .comunaCodigo(convenio)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No existe el convenio " + convenio + "."));
    return borradores.redactar(convenio, comuna);
  }

  private static ResponseEntity<byte[]> archivo(byte[] contenido, MediaType tipo, String nombre) {
    return ResponseEntity.ok()
        .contentType(tipo)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(nombre).build().toString())
        .body(contenido);
  }
}
