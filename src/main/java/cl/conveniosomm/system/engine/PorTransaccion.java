package cl.conveniosomm.system.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value computed once per transaction: listeners of the same engine command that need the same
 * lookup (e.g. who a new task is for) share it, and the next transaction sees fresh data. Outside a
 * transaction nothing is kept.
 */
public final class PorTransaccion {

  private PorTransaccion() {}

  @SuppressWarnings("unchecked")
  public static <T> T de(Class<?> duenio, String clave, Supplier<T> calculo) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return calculo.get();
    }
    Map<String, Object> valores =
        (Map<String, Object>) TransactionSynchronizationManager.getResource(duenio);
    if (valores == null) {
      valores = new HashMap<>();
      TransactionSynchronizationManager.bindResource(duenio, valores);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(duenio);
            }
          });
    }
    if (!valores.containsKey(clave)) {
      valores.put(clave, calculo.get());
    }
    return (T) valores.get(clave);
  }
}
