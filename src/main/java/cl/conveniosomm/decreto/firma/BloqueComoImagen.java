package cl.conveniosomm.decreto.firma;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The visible signature block as a PNG, for a platform that draws the image it is given (FirmaGob's
 * layout): the same lines as the app's own block, in the app's embedded font.
 */
final class BloqueComoImagen {

  private static final int ESCALA = 3;

  private BloqueComoImagen() {}

  static byte[] png(List<String> lineas) {
    BufferedImage imagen =
        new BufferedImage(
            (int) BloqueFirma.ANCHO * ESCALA,
            (int) BloqueFirma.ALTO * ESCALA,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D dibujo = imagen.createGraphics();
    try (InputStream fuente =
        BloqueComoImagen.class.getResourceAsStream("/fuentes/LiberationSans-Regular.ttf")) {
      Font letra = Font.createFont(Font.TRUETYPE_FONT, fuente);
      dibujo.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      dibujo.setColor(Color.WHITE);
      dibujo.fillRect(0, 0, imagen.getWidth(), imagen.getHeight());
      dibujo.setColor(Color.BLACK);
      dibujo.setStroke(new BasicStroke(ESCALA));
      dibujo.drawRect(1, 1, imagen.getWidth() - 3, imagen.getHeight() - 3);
      int y = 12 * ESCALA;
      for (int i = 0; i < lineas.size(); i++) {
        dibujo.setFont(letra.deriveFont((i == 1 ? 9f : 7.5f) * ESCALA));
        dibujo.drawString(lineas.get(i), 6 * ESCALA, y);
        y += 13 * ESCALA;
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(imagen, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    } finally {
      dibujo.dispose();
    }
  }
}
