package cl.conveniosomm.decreto.firma;

/** The decreto's two signatures, in their order: the Alcalde's, then the ministro de fe's. */
public enum TurnoDeFirma {
  ALCALDE(1),
  MINISTRO_DE_FE(2);

  private final int orden;

  TurnoDeFirma(int orden) {
    this.orden = orden;
  }

  /** 1 for the first signature, 2 for the second. */
  public int orden() {
    return orden;
  }
}
