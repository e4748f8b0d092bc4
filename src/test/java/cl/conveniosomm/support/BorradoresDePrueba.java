package cl.conveniosomm.support;

import cl.conveniosomm.decreto.borrador.BorradorDecreto;
import cl.conveniosomm.decreto.borrador.BorradorDecreto.Firma;
import java.util.List;

/** Decreto drafts for tests: La Serena's, as the seed's decreto reads. */
public final class BorradoresDePrueba {

  public static final BorradorDecreto LA_SERENA =
      new BorradorDecreto(
          "La Serena",
          null,
          null,
          List.of(
              "el Ord. N° 4309 de la Dirección de Desarrollo Comunitario, de 4 de octubre de 2016",
              "el Ord. N° 05-749 de Asesoría Jurídica, de 26 de diciembre de 2016",
              "la Resolución Exenta N° 108/IV del Servicio Nacional de la Mujer y la Equidad de Género",
              "lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades, y en uso de las "
                  + "atribuciones que me confiere la Ley"),
          List.of(
              "APRUÉBESE el convenio de colaboración «Programa Mujer, Sexualidad y Maternidad» suscrito el 19 "
                  + "de diciembre de 2016 entre el Servicio Nacional de la Mujer y la Equidad de Género y la Ilustre "
                  + "Municipalidad de La Serena.",
              "IMPÚTESE el gasto a la cuenta 215.24.01.008 del presupuesto vigente."),
          "Anótese, comuníquese a quien corresponda y archívese.",
          List.of(
              new Firma("LUIGIANO MALUENDA VILLEGAS", "SECRETARIO MUNICIPAL"),
              new Firma("ROBERTO JACOB JURE", "ALCALDE DE LA SERENA")),
          List.of(
              "Dirección de Desarrollo Comunitario",
              "Oficina Municipal de la Mujer",
              "Oficina de Partes"),
          "RJJ/LMV/MRS/mscg.",
          "7K2M9QXR4TDA");

  private BorradoresDePrueba() {}
}
