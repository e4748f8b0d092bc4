package cl.conveniosomm.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a fixed local port for the whole test JVM. Tests can stop it to
 * play an SMTP outage and start it again on the same port.
 */
public final class TestMailServer {

  private static final ServerSetup SETUP =
      new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  private static GreenMail server;

  private TestMailServer() {}

  public static synchronized GreenMail start() {
    if (server == null) {
      server = new GreenMail(SETUP);
      server.start();
    }
    return server;
  }

  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public static synchronized void purge() {
    try {
      start().purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  public static synchronized List<MimeMessage> received() {
    return Arrays.asList(start().getReceivedMessages());
  }

  public static int port() {
    return SETUP.getPort();
  }

  public static void register(DynamicPropertyRegistry registry) {
    start();
    registry.add("omm.mail.transport", () -> "smtp");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", SETUP::getPort);
    registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
