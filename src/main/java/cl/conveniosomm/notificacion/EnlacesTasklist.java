package cl.conveniosomm.notificacion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links people follow from an email into Tasklist, on the public URL of the system. */
@Component
public class EnlacesTasklist {

  private final String base;

  public EnlacesTasklist(@Value("${omm.public-url}") String publicUrl) {
    this.base = publicUrl.replaceAll("/+$", "") + "/camunda/app/tasklist/default/";
  }

  public String tarea(String taskId) {
    return base + "#/?task=" + taskId;
  }
}
