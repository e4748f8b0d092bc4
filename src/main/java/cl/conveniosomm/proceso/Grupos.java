package cl.conveniosomm.proceso;

import java.util.List;

/** Camunda group ids of the roles (README, «Demo users»): the only place that spells them. */
public final class Grupos {

  public static final String ALCALDIA = "alcaldia";
  public static final String ASESORIA_JURIDICA = "asesoria-juridica";
  public static final String DIDECO = "dideco";
  public static final String OMM = "omm";
  public static final String SECRETARIA_MUNICIPAL = "secretaria-municipal";
  public static final String DAF = "daf";
  public static final String SERNAMEG = "sernameg";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** The groups whose members work in Tasklist, in the order the README lists them. */
  public static final List<String> ROLES =
      List.of(ALCALDIA, ASESORIA_JURIDICA, DIDECO, OMM, SECRETARIA_MUNICIPAL, DAF, SERNAMEG);

  /** The groups of a municipality's own staff (SERNAMEG's are regional). */
  public static final List<String> MUNICIPALES =
      List.of(ALCALDIA, ASESORIA_JURIDICA, DIDECO, OMM, SECRETARIA_MUNICIPAL, DAF);

  private Grupos() {}
}
