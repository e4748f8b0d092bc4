package cl.conveniosomm;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every test tagged {@code navegador} (a person's walk in headless Chromium), run as one suite so
 * Maven gives them one JVM and one application context, beside the tests that need JVMs of their
 * own.
 */
@Suite
@SelectPackages("cl.conveniosomm")
@IncludeClassNamePatterns(".*NavegadorTest")
@IncludeTags("navegador")
class NavegadorSuiteTest {}
