// Convenios OMM: Administración, in Spanish (see ../../omm/espanol.js).
import {dateFormat, locales} from '../../omm/espanol.js';

export default {
  app: {
    name: 'Administración',
    vendor: 'Convenios OMM'
  },
  locales,
  dateFormat,
  customScripts: ['scripts/omm-sesion.js']
};
