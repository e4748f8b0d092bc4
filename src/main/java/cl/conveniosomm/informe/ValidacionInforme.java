package cl.conveniosomm.informe;

import cl.conveniosomm.documento.DocumentoService;
import cl.conveniosomm.proceso.ValidadorTarea;
import cl.conveniosomm.proceso.Variables;
import cl.conveniosomm.system.texto.Textos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sending a report: its PDF attached and a summary for SERNAMEG. */
@Component
public class ValidacionInforme implements ValidadorTarea {

  private final DocumentosInforme documentosInforme;
  private final DocumentoService documentos;

  public ValidacionInforme(DocumentosInforme documentosInforme, DocumentoService documentos) {
    this.documentosInforme = documentosInforme;
    this.documentos = documentos;
  }

  @Override
  public List<String> problemas(String tarea, String convenioId, Map<String, Object> variables) {
    List<String> problemas = new ArrayList<>();
    documentosInforme
        .requerido(tarea, variables)
        .filter(
            requerido -> !documentos.existe(convenioId, requerido.tipo(), requerido.referencia()))
        .ifPresent(
            requerido ->
                problemas.add(
                    "Falta adjuntar el informe en PDF («"
                        + requerido.tipo().nombre()
                        + "», "
                        + requerido.referencia()
                        + "): súbalo en la página de documentos enlazada en el formulario."));
    if (DocumentosInforme.PREPARAR.equals(tarea)) {
      String resumen = Textos.de(variables.get(Variables.INFORME_RESUMEN));
      if (resumen.isEmpty() || resumen.length() > 4000) {
        problemas.add("Escriba un resumen del informe para SERNAMEG (hasta 4000 caracteres).");
      }
    }
    return problemas;
  }
}
