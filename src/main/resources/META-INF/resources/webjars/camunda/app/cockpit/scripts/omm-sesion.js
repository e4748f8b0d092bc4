// Convenios OMM: logging in through the institution and «Cerrar sesión» (see ../../omm/sesion.js).
import '../../omm/sesion.js';

export default [];
