package cl.conveniosomm.system.web;

/** Body of every error the app's endpoints answer: a message in Spanish for whoever asked. */
public record ErrorRespuesta(String error) {}
