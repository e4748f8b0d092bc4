// Convenios OMM: the convenio's documents inside the webapps, with the login the person already has
// there (the app reads the webapps' session) and the app's CSRF cookie for the upload.

const CSRF_COOKIE = 'OMM-XSRF-TOKEN';
const CSRF_HEADER = 'X-OMM-XSRF-TOKEN';

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith(CSRF_COOKIE + '='));
  return cookie ? decodeURIComponent(cookie.substring(CSRF_COOKIE.length + 1)) : '';
}

function elemento(etiqueta, atributos = {}, ...hijos) {
  const nodo = document.createElement(etiqueta);
  Object.entries(atributos).forEach(([nombre, valor]) => nodo.setAttribute(nombre, valor));
  nodo.append(...hijos);
  return nodo;
}

async function json(respuesta) {
  const cuerpo = await respuesta.json().catch(() => ({}));
  if (!respuesta.ok) {
    throw new Error(cuerpo.error || `El servidor respondió con el error ${respuesta.status}.`);
  }
  return cuerpo;
}

function fecha(instante) {
  return new Date(instante).toLocaleString('es-CL', {dateStyle: 'short', timeStyle: 'short'});
}

function contenido(documento) {
  return `/api/convenios/${encodeURIComponent(documento.convenioId)}/documentos/${documento.tipo}/contenido`
    + (documento.referencia ? `?referencia=${encodeURIComponent(documento.referencia)}` : '');
}

/** The convenio's documents, newest version first within each; the newest of each can be downloaded. */
export function tablaDocumentos(documentos) {
  if (documentos.length === 0) {
    return elemento('p', {class: 'omm-sin-documentos'}, 'El convenio aún no tiene documentos.');
  }
  const vigentes = new Map();
  documentos.forEach(d => {
    const clave = d.tipo + '|' + d.referencia;
    if (!vigentes.has(clave) || vigentes.get(clave).version < d.version) vigentes.set(clave, d);
  });
  const filas = documentos.map(d => {
    const vigente = vigentes.get(d.tipo + '|' + d.referencia) === d;
    const nombre = vigente ? elemento('a', {href: contenido(d), download: d.nombre}, d.nombre) : d.nombre;
    return elemento('tr', {'data-tipo': d.tipo, 'data-version': String(d.version)},
      elemento('td', {}, d.tipoNombre || d.tipo, d.referencia ? ` (${d.referencia})` : ''),
      elemento('td', {class: 'omm-version'}, String(d.version), vigente ? '' : ' (anterior)'),
      elemento('td', {}, nombre),
      elemento('td', {}, d.subidoPor, ', ', fecha(d.subidoEn)),
      elemento('td', {}, elemento('code', {class: 'omm-sha256', title: d.sha256}, d.sha256)));
  });
  return elemento('table', {class: 'table table-condensed omm-documentos'},
    elemento('thead', {}, elemento('tr', {},
      ...['Documento', 'Versión', 'Archivo', 'Subido por', 'SHA-256'].map(t => elemento('th', {}, t)))),
    elemento('tbody', {}, ...filas));
}

async function subir(convenio, requerido, archivo) {
  const datos = new FormData();
  datos.append('archivo', archivo);
  const url = `/api/convenios/${encodeURIComponent(convenio)}/documentos/${requerido.tipo}`
    + `?referencia=${encodeURIComponent(requerido.referencia || '')}`;
  return json(await fetch(url, {method: 'POST', body: datos, credentials: 'same-origin',
    headers: {[CSRF_HEADER]: csrfToken(), 'Accept': 'application/json'}}));
}

/** The upload control for the document the task asks for. */
function formularioDeSubida(datos, alSubir) {
  const requerido = datos.requerido;
  const estado = requerido.adjuntado
    ? elemento('span', {class: 'label label-success'}, 'Adjuntado')
    : elemento('span', {class: 'label label-warning'}, 'Falta');
  const entrada = elemento('input', {type: 'file', accept: 'application/pdf,.pdf', name: 'archivo',
    id: 'omm-archivo', 'aria-label': `PDF de «${requerido.documento}»`});
  const boton = elemento('button', {type: 'submit', class: 'btn btn-primary'}, 'Subir');
  const mensaje = elemento('div', {class: 'omm-mensaje', role: 'status'});
  const formulario = elemento('form', {class: 'omm-subida'},
    elemento('p', {}, 'Esta tarea pide: ', elemento('strong', {}, requerido.documento),
      requerido.referencia ? ` (${requerido.referencia})` : '', ' ', estado),
    elemento('p', {}, requerido.adjuntado
      ? 'Si subió un archivo equivocado, suba el correcto: queda como versión nueva y la anterior se conserva.'
      : 'Súbalo en PDF (máximo 20 MB) antes de completar la tarea.'),
    elemento('label', {for: 'omm-archivo'}, 'Archivo PDF'), ' ', entrada, ' ', boton, mensaje);
  formulario.addEventListener('submit', async evento => {
    evento.preventDefault();
    const archivo = entrada.files[0];
    if (!archivo) {
      mensaje.className = 'omm-mensaje text-danger';
      mensaje.textContent = 'Elija un archivo PDF.';
      return;
    }
    boton.disabled = true;
    mensaje.className = 'omm-mensaje';
    mensaje.textContent = 'Subiendo…';
    try {
      const documento = await subir(datos.convenioId, requerido, archivo);
      await alSubir(`Guardado: ${documento.nombre}, versión ${documento.version} (SHA-256 ${documento.sha256}). `
        + 'Ya puede completar la tarea en «Formulario».');
    } catch (error) {
      boton.disabled = false;
      mensaje.className = 'omm-mensaje text-danger';
      mensaje.textContent = error.message;
    }
  });
  return formulario;
}

const TURNOS = {ALCALDE: 'como Alcalde', MINISTRO_DE_FE: 'como ministro de fe'};

/** The decreto's electronic signature in a signing task, where the municipality signs electronically. */
function formularioDeFirma(taskId, firma, alFirmar) {
  const campos = [];
  const entrada = (id, etiqueta, atributos) => {
    const control = elemento('input', {type: 'text', id, class: 'form-control', ...atributos});
    campos.push(elemento('div', {class: 'form-group'}, elemento('label', {for: id}, etiqueta), control));
    return control;
  };
  const numero = firma.pideNumero ? entrada('omm-decreto-numero', 'N° del decreto alcaldicio', {maxlength: '20'}) : null;
  const fecha = firma.pideNumero
    ? entrada('omm-decreto-fecha', 'Fecha del decreto (dd-mm-aaaa)', {maxlength: '10', placeholder: 'dd-mm-aaaa'}) : null;
  const codigo = firma.pideCodigo
    ? entrada('omm-codigo-firma', 'Código de un solo uso de FirmaGob', {maxlength: '12', autocomplete: 'one-time-code'}) : null;
  const boton = elemento('button', {type: 'submit', class: 'btn btn-primary'}, 'Firmar decreto');
  const mensaje = elemento('div', {class: 'omm-mensaje', role: 'status'});
  const formulario = elemento('form', {class: 'omm-firma'},
    elemento('p', {}, `Firme ${TURNOS[firma.turno]} el decreto con firma electrónica avanzada. `,
      firma.pideNumero ? 'El número y la fecha que escriba quedan en su firma.' : ''),
    ...campos, boton, mensaje);
  formulario.addEventListener('submit', async evento => {
    evento.preventDefault();
    boton.disabled = true;
    mensaje.className = 'omm-mensaje';
    mensaje.textContent = 'Firmando…';
    try {
      await json(await fetch(`/api/tareas/${encodeURIComponent(taskId)}/firma`, {method: 'POST',
        credentials: 'same-origin',
        headers: {[CSRF_HEADER]: csrfToken(), 'Accept': 'application/json', 'Content-Type': 'application/json'},
        body: JSON.stringify({codigo: codigo && codigo.value, numero: numero && numero.value, fecha: fecha && fecha.value})}));
      await alFirmar();
    } catch (error) {
      boton.disabled = false;
      mensaje.className = 'omm-mensaje text-danger';
      mensaje.textContent = error.message;
    }
  });
  return formulario;
}

function seccionDeFirma(taskId, firma, alFirmar) {
  const titulo = elemento('h4', {}, 'Firma electrónica del decreto');
  if (!firma.firmada) return elemento('div', {class: 'omm-seccion-firma'}, titulo, formularioDeFirma(taskId, firma, alFirmar));
  const hecho = firma.pideNumero
    ? `Firmó el decreto N° ${firma.numero} de ${firma.fecha}. Complete la tarea en «Formulario» con ese número y esa fecha.`
    : 'Firmó el decreto. Ya puede completar la tarea en «Formulario».';
  return elemento('div', {class: 'omm-seccion-firma'}, titulo,
    elemento('p', {class: 'omm-firmado'}, elemento('span', {class: 'label label-success'}, 'Firmado'), ' ', hecho));
}

/** The task's electronic signature, or null when it has none (not a signing task, or no signing configured). */
async function firmaDe(taskId) {
  const respuesta = await fetch(`/api/tareas/${encodeURIComponent(taskId)}/firma`,
    {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
  return respuesta.status === 404 ? null : json(respuesta);
}

/** Tasklist's «Documentos» tab: what the open task asks for (a document to upload, or the decreto to
 * sign), and the convenio's documents. */
function pestanaDeTarea(nodo, taskId) {
  async function dibujar(aviso) {
    let datos;
    let firma;
    try {
      [datos, firma] = await Promise.all([
        fetch(`/api/tareas/${encodeURIComponent(taskId)}/documentos`,
          {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(json),
        firmaDe(taskId)]);
    } catch (error) {
      nodo.replaceChildren(elemento('p', {class: 'text-danger omm-error'},
        `No se pudieron cargar los documentos: ${error.message}`));
      return;
    }
    const partes = [];
    if (aviso) partes.push(elemento('div', {class: 'alert alert-success omm-guardado', role: 'status'}, aviso));
    if (!datos.convenioId) {
      partes.push(elemento('p', {}, 'Esta tarea no pertenece a un convenio.'));
    } else {
      if (firma) {
        partes.push(seccionDeFirma(taskId, firma, () => dibujar('Decreto firmado y guardado en el expediente.')));
      } else {
        partes.push(datos.requerido ? formularioDeSubida(datos, dibujar)
          : elemento('p', {class: 'omm-no-pide'}, 'Esta tarea no pide adjuntar un documento.'));
      }
      partes.push(elemento('h4', {}, `Documentos del convenio ${datos.convenioId}`), tablaDocumentos(datos.documentos));
    }
    nodo.replaceChildren(elemento('div', {class: 'omm-pestana-documentos'}, ...partes));
  }
  nodo.replaceChildren(elemento('p', {}, 'Cargando documentos…'));
  dibujar();
}

/** Cockpit's «Documentos» tab of a process instance: its convenio's documents. */
function pestanaDeInstancia(nodo, processInstanceId, api) {
  async function dibujar() {
    try {
      const instancia = await json(await fetch(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`,
        {credentials: 'same-origin', headers: {'Accept': 'application/json'}}));
      if (!instancia.businessKey) {
        nodo.replaceChildren(elemento('p', {}, 'Esta instancia no pertenece a un convenio.'));
        return;
      }
      const documentos = await json(await fetch(
        `/api/convenios/${encodeURIComponent(instancia.businessKey)}/documentos`,
        {credentials: 'same-origin', headers: {'Accept': 'application/json'}}));
      nodo.replaceChildren(elemento('div', {class: 'omm-pestana-documentos'},
        elemento('h4', {}, `Documentos del convenio ${instancia.businessKey}`), tablaDocumentos(documentos)));
    } catch (error) {
      nodo.replaceChildren(elemento('p', {class: 'text-danger omm-error'},
        `No se pudieron cargar los documentos: ${error.message}`));
    }
  }
  nodo.replaceChildren(elemento('p', {}, 'Cargando documentos…'));
  dibujar();
}

export const tasklist = {
  id: 'omm-documentos',
  pluginPoint: 'tasklist.task.detail',
  // after the form (1000), before the history (800): the form stays the tab a task opens on
  priority: 900,
  label: 'Documentos',
  render: (nodo, {taskId}) => pestanaDeTarea(nodo, taskId)
};

export const cockpit = {
  id: 'omm-documentos-instancia',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 5,
  label: 'Documentos',
  render: (nodo, {processInstanceId, api}) => pestanaDeInstancia(nodo, processInstanceId, api)
};
