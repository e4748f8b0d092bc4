package cl.conveniosomm.municipio.catalogo;

/** A región of Chile identified by its two-digit CUT code (01 to 16). */
public record Region(String codigo, String nombre) {}
