package cl.conveniosomm.decreto.firma;

import cl.conveniosomm.documento.SubidaRestringida;
import cl.conveniosomm.documento.TipoDocumento;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the decreto is signed electronically, its signed versions are the signatures' own: an
 * uploaded file would replace them in the expediente and in the distribution.
 */
@Component
class SubidaDelDecretoFirmado implements SubidaRestringida {

  private final FirmaElectronica firmaElectronica;

  SubidaDelDecretoFirmado(FirmaElectronica firmaElectronica) {
    this.firmaElectronica = firmaElectronica;
  }

  @Override
  public Optional<String> rechazo(String convenioId, TipoDocumento tipo) {
    return tipo == TipoDocumento.DECRETO_FIRMADO
            && firmaElectronica.deConvenio(convenioId).isPresent()
        ? Optional.of(
            "El decreto se firma electrónicamente desde las tareas «Firmar decreto» y «Numerar y"
                + " autorizar decreto»: no se sube a mano.")
        : Optional.empty();
  }
}
