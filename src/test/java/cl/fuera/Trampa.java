package cl.fuera;

import java.util.concurrent.atomic.AtomicBoolean;

/** A class outside the packages the engine may deserialize: it records whether anyone built one. */
public class Trampa {

  public static final AtomicBoolean CREADA = new AtomicBoolean();

  private String comando;

  public Trampa() {
    CREADA.set(true);
  }

  public String getComando() {
    return comando;
  }

  public void setComando(String comando) {
    CREADA.set(true);
    this.comando = comando;
  }
}
