// Convenios OMM: the «Documentos» tab of a task (see ../../omm/documentos-convenio.js).
import {tasklist} from '../../omm/documentos-convenio.js';

export default [tasklist];
