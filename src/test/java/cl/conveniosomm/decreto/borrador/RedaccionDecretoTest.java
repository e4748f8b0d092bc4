package cl.conveniosomm.decreto.borrador;

import static org.assertj.core.api.Assertions.assertThat;

import cl.conveniosomm.convenio.firmante.Firmante;
import cl.conveniosomm.convenio.firmante.Firmante.Calidad;
import cl.conveniosomm.convenio.firmante.Firmante.Sexo;
import cl.conveniosomm.convenio.firmante.RolFirmante;
import cl.conveniosomm.decreto.Antecedente;
import cl.conveniosomm.decreto.PasoAprobacion;
import cl.conveniosomm.decreto.PreparacionDecreto.Preparacion;
import cl.conveniosomm.decreto.UnidadDistribucion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wording for cases La Serena's decreto does not have: an Alcaldesa subrogante, SERNAM before
 * 2016, a chosen list.
 */
class RedaccionDecretoTest {

  private static final Map<RolFirmante, Firmante> FIRMANTES =
      Map.of(
          RolFirmante.SERNAMEG,
              new Firmante(RolFirmante.SERNAMEG, "Pedro Soto Lagos", Sexo.M, Calidad.TITULAR),
          RolFirmante.MUNICIPIO,
              new Firmante(RolFirmante.MUNICIPIO, "Ana María Rojas", Sexo.F, Calidad.TITULAR),
          RolFirmante.ALCALDE,
              new Firmante(RolFirmante.ALCALDE, "Carmen Díaz Vega", Sexo.F, Calidad.SUBROGANTE),
          RolFirmante.SECRETARIO,
              new Firmante(RolFirmante.SECRETARIO, "Inés Muñoz Pino", Sexo.F, Calidad.SUBROGANTE));

  @Test
  void anAlcaldesaSubroganteAndASecretariaSignWithTheirOwnPosts() {
    BorradorDecreto decreto =
        redactar(
            FIRMANTES,
            LocalDate.of(2016, 3, 1),
            List.of(Visto.values()),
            new Preparacion(
                List.of(UnidadDistribucion.DIDECO, UnidadDistribucion.OFICINA_PARTES), "CDV/imp"));

    assertThat(decreto.puntos().get(0))
        .contains("representado por su Director Regional, don PEDRO SOTO LAGOS,")
        .contains("representada por la Alcaldesa doña ANA MARÍA ROJAS,");
    assertThat(decreto.firmas())
        .containsExactly(
            new BorradorDecreto.Firma("INÉS MUÑOZ PINO", "SECRETARIA MUNICIPAL (S)"),
            new BorradorDecreto.Firma("CARMEN DÍAZ VEGA", "ALCALDESA (S) DE OVALLE"));
    assertThat(decreto.distribucion()).containsExactly("Dideco", "Oficina de Partes");
    assertThat(decreto.referencia()).isEqualTo("CDV/imp.");
  }

  @Test
  void sernamegIsNamedAsItWasOnTheDayOfEachAct() {
    BorradorDecreto decreto =
        redactar(
            FIRMANTES,
            LocalDate.of(2016, 3, 1),
            List.of(Visto.values()),
            new Preparacion(List.of(UnidadDistribucion.SERNAMEG), null));

    assertThat(decreto.parrafoVistos())
        .startsWith(
            "El Ord. N° 88, de fecha 2 de febrero de 2016, de la Dirección "
                + "Regional de Coquimbo del Servicio Nacional de la Mujer, que remite")
        .contains(
            "N° 003607, de fecha 28 de diciembre de 2015, del Servicio Nacional de la Mujer, mediante la cual")
        .contains(
            "N° 12/IV, de fecha 6 de julio de 2016, de la Dirección Regional de Coquimbo del Servicio Nacional "
                + "de la Mujer y la Equidad de Género, mediante la cual se aprueba el convenio de colaboración");
    assertThat(decreto.puntos().get(0))
        .contains("suscrito entre el SERVICIO NACIONAL DE LA MUJER, representado");
    assertThat(decreto.distribucion())
        .containsExactly("Servicio Nacional de la Mujer y la Equidad de Género");
    assertThat(decreto.referencia()).isNull();
  }

  @Test
  void theVistosFollowTheConfiguredOrderAndTheLawsCloseThem() {
    List<Visto> orden = new ArrayList<>(List.of(Visto.values()));
    orden.remove(Visto.MODELO_DE_GESTION);
    orden.add(0, Visto.MODELO_DE_GESTION);
    BorradorDecreto decreto =
        redactar(
            FIRMANTES,
            LocalDate.of(2016, 3, 1),
            orden,
            new Preparacion(List.of(UnidadDistribucion.values()), null));

    assertThat(decreto.vistos().get(0)).startsWith("la Resolución Exenta N° 003607");
    assertThat(decreto.vistos().get(1)).startsWith("el Ord. N° 88");
    assertThat(decreto.parrafoVistos())
        .startsWith("La Resolución Exenta N° 003607")
        .endsWith(
            "Orgánica Constitucional de Municipalidades, y en uso de las atribuciones que me confiere la Ley.");
  }

  @Test
  void aDraftWithoutSignatoriesLeavesLinesToFillIn() {
    BorradorDecreto decreto =
        redactar(
            Map.of(),
            LocalDate.of(2016, 3, 1),
            List.of(Visto.values()),
            new Preparacion(List.of(UnidadDistribucion.values()), null));

    assertThat(decreto.puntos().get(0))
        .contains("representado por su Director(a) Regional, __________")
        .contains("representada por su Alcalde(sa) __________");
    assertThat(decreto.firmas())
        .extracting(BorradorDecreto.Firma::cargo)
        .containsExactly("SECRETARIO(A) MUNICIPAL", "ALCALDE(SA) DE OVALLE");
  }

  private static BorradorDecreto redactar(
      Map<RolFirmante, Firmante> firmantes,
      LocalDate suscripcion,
      List<Visto> orden,
      Preparacion preparacion) {
    List<Antecedente> antecedentes =
        List.of(
            antecedente(1, PasoAprobacion.REMISION_SERNAMEG, "88", LocalDate.of(2016, 2, 2)),
            antecedente(2, PasoAprobacion.SUSCRIPCION, null, suscripcion),
            antecedente(3, PasoAprobacion.EMITIR_RESOLUCION, "12/IV", LocalDate.of(2016, 7, 6)));
    return RedaccionDecreto.redactar(
        new RedaccionDecreto.Datos(
            "Ovalle",
            "Coquimbo",
            antecedentes,
            null,
            null,
            suscripcion,
            firmantes,
            preparacion,
            orden));
  }

  private static Antecedente antecedente(
      int orden, PasoAprobacion paso, String numero, LocalDate fecha) {
    return new Antecedente(
        "a" + orden,
        "04301-prueba",
        orden,
        paso.tarea(),
        paso.tipo(),
        numero,
        fecha,
        paso.unidad(),
        paso.materiaPorDefecto(Map.of()),
        "dideco",
        Instant.EPOCH);
  }
}
