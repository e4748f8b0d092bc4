// Convenios OMM: Bandeja de tareas in Spanish for Chilean public servants (issue 11).
// Spanish is the fallback, so a browser set to Spanish or to no language gets Spanish;
// a browser whose first language is English still gets Camunda's English.
export default {
  app: {
    name: 'Bandeja de tareas',
    vendor: 'Convenios OMM'
  },
  locales: {
    availableLocales: ['es', 'en'],
    fallbackLocale: 'es'
  },
  // Day first, as Chilean public administration writes dates.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD-MM-YYYY HH:mm',
    normal: 'DD-MM-YYYY HH:mm',
    long: 'dddd, DD-MM-YYYY HH:mm',
    short: 'DD-MM-YYYY'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'reclama la tarea seleccionada'},
    focusFilter: {key: 'ctrl+shift+f', description: 'lleva el foco al primer filtro de la lista'},
    focusList: {key: 'ctrl+alt+l', description: 'lleva el foco a la primera tarea de la lista'},
    focusForm: {key: 'ctrl+alt+f', description: 'lleva el foco al primer campo del formulario de la tarea'},
    startProcess: {key: 'ctrl+alt+p', description: 'abre el diálogo para iniciar un proceso'}
  }
};
