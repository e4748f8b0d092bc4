package cl.conveniosomm.proceso;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The build's floor for process-model coverage: adds up what the test JVMs ran of each BPMN model
 * (the records {@code support.RecorridoDeModelos} writes) and fails when a model has fewer of its
 * elements and sequence flows run than the floor. Run by Maven in {@code verify}.
 *
 * <p>Arguments: the records' folder, the floor (0 to 1), and the models' folder.
 */
public final class CoberturaDeModelos {

  private CoberturaDeModelos() {}

  public static void main(String[] args) throws IOException {
    Path informes = Path.of(args[0]);
    double minimo = Double.parseDouble(args[1]);
    Path modelos = Path.of(args[2]);
    Map<String, Set<String>> recorridos = recorridos(informes);
    List<String> bajoElMinimo =
        elementosDeModelos(modelos).entrySet().stream()
            .filter(modelo -> !informar(modelo.getKey(), modelo.getValue(), recorridos, minimo))
            .map(Map.Entry::getKey)
            .toList();
    if (!bajoElMinimo.isEmpty()) {
      throw new IllegalStateException(
          "Cobertura de modelos bajo el mínimo de "
              + Math.round(minimo * 100)
              + " %: "
              + bajoElMinimo
              + ". Agregue pruebas que recorran los elementos que faltan.");
    }
  }

  /** Prints the model's figure; false when it is under the floor. */
  private static boolean informar(
      String modelo, Set<String> elementos, Map<String, Set<String>> recorridos, double minimo) {
    Set<String> faltan = new TreeSet<>(elementos);
    faltan.removeAll(recorridos.getOrDefault(modelo, Set.of()));
    double cobertura = 1.0 - (double) faltan.size() / elementos.size();
    System.out.printf(
        "Cobertura del modelo %-20s %5.1f %% (%d de %d elementos y flujos)%s%n",
        modelo,
        cobertura * 100,
        elementos.size() - faltan.size(),
        elementos.size(),
        faltan.isEmpty() ? "" : "; sin recorrer: " + String.join(", ", faltan));
    return cobertura >= minimo;
  }

  /** Each model's key and the ids of its flow nodes and sequence flows, from the deployed files. */
  private static Map<String, Set<String>> elementosDeModelos(Path modelos) throws IOException {
    Map<String, Set<String>> elementos = new TreeMap<>();
    try (Stream<Path> archivos = Files.list(modelos)) {
      for (Path archivo : archivos.filter(a -> a.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance modelo =
            Bpmn.readModelFromStream(new ByteArrayInputStream(Files.readAllBytes(archivo)));
        Set<String> ids = new TreeSet<>();
        modelo.getModelElementsByType(FlowNode.class).forEach(nodo -> ids.add(nodo.getId()));
        modelo.getModelElementsByType(SequenceFlow.class).forEach(flujo -> ids.add(flujo.getId()));
        modelo
            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
            .forEach(proceso -> elementos.put(proceso.getId(), ids));
      }
    }
    return elementos;
  }

  /** For each model key, the ids of the elements some test JVM ran. */
  private static Map<String, Set<String>> recorridos(Path informes) throws IOException {
    if (!Files.isDirectory(informes)) {
      throw new IllegalStateException(
          "No hay registros de recorrido en " + informes + ": ejecute las pruebas antes.");
    }
    Map<String, Set<String>> recorridos = new TreeMap<>();
    try (Stream<Path> archivos = Files.list(informes)) {
      for (Path archivo : archivos.filter(a -> a.toString().endsWith(".txt")).toList()) {
        for (String linea : Files.readAllLines(archivo, StandardCharsets.UTF_8)) {
          String[] modeloYElemento = linea.split(" ", 2);
          recorridos
              .computeIfAbsent(modeloYElemento[0], modelo -> new TreeSet<>())
              .add(modeloYElemento[1]);
        }
      }
    }
    return recorridos;
  }
}
