package cl.conveniosomm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;

/**
 * Maven picks tests by name (the pom's surefire includes, the suites' patterns) and the shared
 * suite leaves tests out by tag: a test whose tag and name disagree would run in the wrong JVM, or
 * not at all.
 */
@AnalyzeClasses(packages = "cl.conveniosomm", importOptions = ImportOption.OnlyIncludeTests.class)
class OrganizacionDePruebasTest {

  @ArchTest
  static final ArchRule ownJvmTestsAreNamedJvmTest = etiquetaYNombre("own-jvm", "JvmTest");

  @ArchTest
  static final ArchRule browserTestsAreNamedNavegadorTest =
      etiquetaYNombre("navegador", "NavegadorTest");

  private static ArchRule etiquetaYNombre(String etiqueta, String sufijo) {
    DescribedPredicate<JavaClass> etiquetada =
        DescribedPredicate.describe(
            "tagged " + etiqueta,
            clase ->
                clase
                    .tryGetAnnotationOfType(Tag.class)
                    .map(tag -> tag.value().equals(etiqueta))
                    .orElse(false));
    DescribedPredicate<JavaClass> nombrada =
        DescribedPredicate.describe(
            "named *" + sufijo, clase -> clase.getSimpleName().endsWith(sufijo));
    return classes()
        .that(etiquetada.or(nombrada))
        .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(etiquetada.and(nombrada)))
        .because("the tag and the name " + sufijo + " decide together where a test runs");
  }
}
