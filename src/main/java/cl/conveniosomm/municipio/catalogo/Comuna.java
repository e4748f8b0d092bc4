package cl.conveniosomm.municipio.catalogo;

/**
 * A comuna of Chile identified by its CUT code (Código Único Territorial, five digits: two for the
 * región, one for the provincia, two for the comuna), together with its región.
 */
public record Comuna(String codigo, String nombre, String regionCodigo, String regionNombre) {}
