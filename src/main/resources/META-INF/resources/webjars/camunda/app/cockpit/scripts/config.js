// Convenios OMM: Cockpit, in Spanish (see ../../omm/espanol.js).
import {dateFormat, locales} from '../../omm/espanol.js';

export default {
  app: {
    name: 'Cockpit',
    vendor: 'Convenios OMM'
  },
  locales,
  dateFormat,
  customScripts: ['scripts/omm-documentos.js', 'scripts/omm-cockpit.js', 'scripts/omm-sesion.js']
};
