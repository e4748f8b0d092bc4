package bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare Spring Boot + Camunda webapp: nothing but the starter, its defaults and a datasource. */
@SpringBootApplication
public class BareApp {

  public static void main(String[] args) {
    SpringApplication.run(BareApp.class, args);
  }
}
