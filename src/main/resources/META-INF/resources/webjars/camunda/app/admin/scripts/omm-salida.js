// Convenios OMM: «Cerrar sesión» (see ../../omm/salida.js).
import '../../omm/salida.js';

export default [];
