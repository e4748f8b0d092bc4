package cl.conveniosomm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConveniosOmmApplication {

  public static void main(String[] args) {
    SpringApplication.run(ConveniosOmmApplication.class, args);
  }
}
