// Convenios OMM: Bandeja de tareas, in Spanish (see ../../omm/espanol.js).
import {dateFormat, locales} from '../../omm/espanol.js';

export default {
  app: {
    name: 'Bandeja de tareas',
    vendor: 'Convenios OMM'
  },
  locales,
  dateFormat,
  customScripts: ['scripts/omm-documentos.js', 'scripts/omm-bandeja.js', 'scripts/omm-sesion.js'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'reclama la tarea seleccionada'},
    focusFilter: {key: 'ctrl+shift+f', description: 'lleva el foco al primer filtro de la lista'},
    focusList: {key: 'ctrl+alt+l', description: 'lleva el foco a la primera tarea de la lista'},
    focusForm: {key: 'ctrl+alt+f', description: 'lleva el foco al primer campo del formulario de la tarea'},
    startProcess: {key: 'ctrl+alt+p', description: 'abre el diálogo para iniciar un proceso'}
  }
};
