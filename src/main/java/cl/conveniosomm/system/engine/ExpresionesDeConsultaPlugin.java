package cl.conveniosomm.system.engine;

import cl.conveniosomm.system.web.RechazoSolicitud;
import java.lang.reflect.Method;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine evaluates no expression in a query but the few Tasklist filters use: the current user,
 * her groups and dates relative to now. Every query of every API evaluates its {@code *Expression}
 * criteria (top level, inside {@code orQueries}, ad hoc or stored in a filter) in one place, {@code
 * AbstractQuery#evaluateExpressions}, through the engine's expression manager; this plugin puts a
 * guard in front of that manager that refuses any other expression there before it is parsed. So no
 * route, spelling or parser quirk in front of the engine can make it run code (the HTTP guard,
 * {@code EngineApiGuard}, is the first line). Expressions in models are untouched.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ExpresionesDeConsultaPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ExpresionesDeConsultaPlugin.class);

  /**
   * {@code ${currentUser()}}, {@code ${currentUserGroups()}}, {@code ${now()}}, {@code
   * ${dateTime().plusDays(3).toDate()}}.
   */
  static final Pattern PERMITIDAS =
      Pattern.compile(
          "\\$\\{\\s*(?:currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
              + "|dateTime\\(\\)(?:\\.(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes)\\(\\s*\\d{1,5}\\s*\\))*"
              + "(?:\\.toDate\\(\\))?)\\s*}");

  static final String MOTIVO =
      "Las consultas sólo admiten estas expresiones: ${currentUser()}, "
          + "${currentUserGroups()}, ${now()} y ${dateTime()…toDate()}.";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new Guardia(configuration.getExpressionManager()));
  }

  static boolean permitida(String expresion) {
    return expresion != null && PERMITIDAS.matcher(expresion).matches();
  }

  /**
   * The engine's expression manager, refusing in queries what {@link #permitida} does not allow.
   */
  static final class Guardia implements ExpressionManager {

    private static final StackWalker PILA =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final ExpressionManager motor;

    Guardia(ExpressionManager motor) {
      this.motor = motor;
    }

    @Override
    public Expression createExpression(String expression) {
      if (!permitida(expression) && llamadaDesdeUnaConsulta()) {
        LOG.warn("Rechazada expresión en una consulta: «{}»", abreviar(expression));
        RechazoSolicitud.registrar(MOTIVO);
        throw new BadUserRequestException(MOTIVO);
      }
      return motor.createExpression(expression);
    }

    @Override
    public void addFunction(String name, Method function) {
      motor.addFunction(name, function);
    }

    /**
     * Whether a query's criteria evaluation (the only caller in a query) asked for this expression.
     */
    private static boolean llamadaDesdeUnaConsulta() {
      return PILA.walk(
          marcos ->
              marcos
                  .limit(6)
                  .anyMatch(
                      marco ->
                          "evaluateExpressions".equals(marco.getMethodName())
                              && AbstractQuery.class.isAssignableFrom(marco.getDeclaringClass())));
    }

    private static String abreviar(String expresion) {
      return expresion == null || expresion.length() <= 200
          ? expresion
          : expresion.substring(0, 200) + "…";
    }
  }
}
