package cl.conveniosomm;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The package layout (README, «Project layout»; docs/decisions.md, 2026-12-06): {@code system} is
 * the ground floor and {@code proceso} the ids of the models, both below every feature; the
 * features (every other top-level package) lean on each other without cycles. Main code only.
 */
@AnalyzeClasses(packages = "cl.conveniosomm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArquitecturaTest {

  private static final String APP = "cl.conveniosomm..";
  private static final String SYSTEM = "cl.conveniosomm.system..";
  private static final String PROCESO = "cl.conveniosomm.proceso..";
  private static final String MOTOR = "org.camunda.bpm.engine..";

  /**
   * Every top-level package, system and proceso included: no package reaches back to one that
   * reaches it.
   */
  @ArchTest
  static final ArchRule topLevelPackagesAreFreeOfCycles =
      slices().matching("cl.conveniosomm.(*)..").namingSlices("$1").should().beFreeOfCycles();

  /** system depends on itself, proceso and libraries: any other package of the app is a feature. */
  @ArchTest
  static final ArchRule systemDependsOnNoFeature =
      classes()
          .that()
          .resideInAPackage(SYSTEM)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(APP).or(resideInAnyPackage(SYSTEM, PROCESO)))
          .because("system is the ground floor every feature stands on");

  /**
   * proceso holds the ids of models, groups and variables: it depends on nothing else of the app.
   */
  @ArchTest
  static final ArchRule procesoDependsOnNoFeature =
      classes()
          .that()
          .resideInAPackage(PROCESO)
          .should()
          .onlyDependOnClassesThat(resideOutsideOfPackage(APP).or(resideInAPackage(PROCESO)))
          .because("proceso only names what the models name, for every feature to share");

  /**
   * Where the Camunda engine API is used. system's plugins, identity and security configure and
   * guard the engine, and every feature's delegates, listeners, services and controllers run on it,
   * so most packages may use it; the exceptions, by what each does:
   *
   * <ul>
   *   <li>proceso only names things (ids of models, groups, variables, task decisions): no engine
   *       API;
   *   <li>formulario's contract checks (the package itself) read the Camunda Forms and the BPMN
   *       models (org.camunda.bpm.model), not the engine; formulario.envio, which holds completions
   *       to that contract inside the engine's command chain, does use it;
   *   <li>cumplimiento, the dashboard reading the app's own tables, only queries the engine:
   *       history, tasks and tenants (for links to Cockpit and Tasklist and the comunas to list),
   *       never its runtime, delegates or internals;
   *   <li>the models' beans (JavaDelegate, TaskListener, ExecutionListener) live in features, never
   *       in system or proceso.
   * </ul>
   */
  @ArchTest
  static final ArchRule engineApiOnlyWhereTheLayoutSays =
      CompositeArchRule.of(
              noClasses()
                  .that()
                  .resideInAPackage(PROCESO)
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage(MOTOR)
                  .because("proceso only names what the models name"))
          .and(
              noClasses()
                  .that()
                  .resideInAPackage("cl.conveniosomm.formulario")
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage(MOTOR)
                  .because(
                      "the form contract is read from the forms and models, not from the engine"))
          .and(
              classes()
                  .that()
                  .resideInAPackage("cl.conveniosomm.cumplimiento..")
                  .should()
                  .onlyDependOnClassesThat(resideOutsideOfPackage(MOTOR).or(consultasDelMotor()))
                  .because("the dashboard reads; it never drives the engine"))
          .and(
              noClasses()
                  .that()
                  .resideInAnyPackage(SYSTEM, PROCESO)
                  .should()
                  .implement(JavaDelegate.class)
                  .orShould()
                  .implement(TaskListener.class)
                  .orShould()
                  .implement(ExecutionListener.class)
                  .because("what the models call belongs to a feature"));

  /**
   * The engine's query side: the services that read history, tasks and tenants, and their results.
   */
  private static DescribedPredicate<JavaClass> consultasDelMotor() {
    Set<String> servicios =
        Set.of(
            HistoryService.class.getName(),
            TaskService.class.getName(),
            IdentityService.class.getName());
    return resideInAnyPackage(
            "org.camunda.bpm.engine.history..",
            "org.camunda.bpm.engine.task..",
            "org.camunda.bpm.engine.identity..",
            "org.camunda.bpm.engine.query..")
        .or(describe("are " + servicios, clase -> servicios.contains(clase.getName())));
  }
}
