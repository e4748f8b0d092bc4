package cl.conveniosomm.notificacion.plantilla;

import java.time.LocalDate;

/** A numbered decreto as its distribution email tells it to one unit. */
public record DatosDistribucion(
    String convenioId,
    String comuna,
    String decretoNumero,
    LocalDate decretoFecha,
    boolean efectoRetroactivo,
    LocalDate fechaSuscripcion,
    String unidad) {}
