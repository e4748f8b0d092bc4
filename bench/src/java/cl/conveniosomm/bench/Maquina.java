package cl.conveniosomm.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the figures were measured on. */
final class Maquina {

  private Maquina() {}

  static String describir() {
    long memoria =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize();
    String cpu = "?";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .orElse("?");
    } catch (Exception ignored) {
      // not Linux
    }
    return Runtime.getRuntime().availableProcessors()
        + " núcleos ("
        + cpu
        + "), "
        + (memoria >> 30)
        + " GiB, Java "
        + System.getProperty("java.vm.version")
        + ", heap máx. "
        + (Runtime.getRuntime().maxMemory() >> 20)
        + " MiB";
  }
}
