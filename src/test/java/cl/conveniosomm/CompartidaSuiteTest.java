package cl.conveniosomm;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every test that shares the demo application and its database (and the plain unit tests), run as
 * one suite so Maven gives them one JVM beside the browser suite and the tests that need a JVM of
 * their own ({@code *JvmTest}).
 */
@Suite
@SelectPackages("cl.conveniosomm")
@ExcludeTags({"own-jvm", "navegador"})
@ExcludeClassNamePatterns({".*SuiteTest", ".*JvmTest", ".*NavegadorTest"})
class CompartidaSuiteTest {}
