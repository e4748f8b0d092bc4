package cl.conveniosomm.decreto.borrador;

import cl.conveniosomm.convenio.firmante.Firmantes;
import cl.conveniosomm.decreto.Antecedente;
import cl.conveniosomm.decreto.AntecedenteService;
import cl.conveniosomm.decreto.DecretoFirmaRepository;
import cl.conveniosomm.decreto.DecretoRepository;
import cl.conveniosomm.decreto.PreparacionDecreto;
import cl.conveniosomm.decreto.TipoAntecedente;
import cl.conveniosomm.municipio.catalogo.CatalogoComunas;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The decreto of a convenio, drafted from its recorded antecedentes and signatories (numbered once
 * it is).
 */
@Service
public class BorradorDecretoService {

  private final AntecedenteService antecedentes;
  private final DecretoRepository decretos;
  private final CatalogoComunas comunas;
  private final Firmantes firmantes;
  private final PreparacionDecreto preparacion;
  private final DecretoProperties properties;
  private final DecretoFirmaRepository firmaElectronica;

  public BorradorDecretoService(
      AntecedenteService antecedentes,
      DecretoRepository decretos,
      CatalogoComunas comunas,
      Firmantes firmantes,
      PreparacionDecreto preparacion,
      DecretoProperties properties,
      DecretoFirmaRepository firmaElectronica) {
    this.antecedentes = antecedentes;
    this.decretos = decretos;
    this.comunas = comunas;
    this.firmantes = firmantes;
    this.preparacion = preparacion;
    this.properties = properties;
    this.firmaElectronica = firmaElectronica;
  }

  public BorradorDecreto redactar(String convenioId, String comunaCodigo) {
    List<Antecedente> registrados = antecedentes.deConvenio(convenioId);
    if (registrados.isEmpty()) {
      throw new IllegalArgumentException(
          "El convenio " + convenioId + " no tiene antecedentes registrados.");
    }
    var comuna =
        comunas
            .porCodigo(comunaCodigo)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("El convenio no tiene una comuna del catálogo."));
    var suscripcion =
        registrados.stream()
            .filter(a -> a.tipo() == TipoAntecedente.CONVENIO)
            .findFirst()
            .map(Antecedente::fecha)
            .orElse(null);
    var decreto = decretos.findByConvenio(convenioId);
    return RedaccionDecreto.redactar(
            new RedaccionDecreto.Datos(
                comuna.nombre(),
                comuna.regionNombre(),
                registrados,
                decreto.map(d -> d.numero()).orElse(null),
                decreto.map(d -> d.fecha()).orElse(null),
                suscripcion,
                firmantes.deConvenio(convenioId),
                preparacion.deConvenio(convenioId),
                properties.ordenVistos()))
        .conCodigoVerificacion(firmaElectronica.codigo(convenioId));
  }
}
