// Convenios OMM: the «Documentos» tab of a process instance (see ../../omm/documentos-convenio.js).
import {cockpit} from '../../omm/documentos-convenio.js';

export default [cockpit];
