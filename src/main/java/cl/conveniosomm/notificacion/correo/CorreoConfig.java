package cl.conveniosomm.notificacion.correo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class CorreoConfig {

  @Bean
  CorreoTransport correoTransport(CorreoProperties properties, JavaMailSenderImpl mailSender) {
    return properties.enArchivo()
        ? new ArchivoEmlTransport(properties.directorio(), properties.from())
        : new SmtpTransport(mailSender, properties.from());
  }
}
