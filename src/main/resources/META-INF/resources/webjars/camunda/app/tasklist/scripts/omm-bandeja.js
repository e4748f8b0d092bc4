// Convenios OMM: Tasklist as municipal staff work it (issue 17).
// - every filter shows its count, not only the selected one (Tasklist counts the selected one only);
// - opening an unassigned task of one's group takes it (Camunda's own «Reclamar», pressed for the
//   person), so the form can be filled and completed at once;
// - «Crear tarea» (a task outside any convenio) is for administrators only;
// - the open task's header names the comuna and the convenio where Tasklist writes only the tenant.
// Changes only what Tasklist draws; the engine still decides who may claim what.
const motor = '/camunda/api/engine/engine/default';

let usuario = null;
let contadores = {};
const reclamadas = new Set();
/** task id → its convenio's label, or null when it has none (then the tenant stays). */
const etiquetas = new Map();

async function leer(ruta) {
  const respuesta = await fetch(ruta, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!respuesta.ok) {
    throw new Error(ruta + ': ' + respuesta.status);
  }
  return respuesta.json();
}

async function cargarUsuario() {
  try {
    const yo = await leer('/camunda/api/admin/auth/user/default');
    usuario = yo.userId ? yo : null;
  } catch (e) {
    usuario = null;
  }
  document.body.classList.toggle('omm-administracion',
      !!usuario && (usuario.authorizedApps || []).includes('admin'));
}

async function contar() {
  if (!usuario) {
    return;
  }
  try {
    const filtros = await leer(motor + '/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=50');
    contadores = Object.fromEntries(filtros.map(filtro => [filtro.name, filtro.itemCount]));
  } catch (e) {
    contadores = {};
    usuario = null;
  }
  dibujarContadores();
}

function dibujarContadores() {
  document.querySelectorAll('.task-filter h4.name a').forEach(enlace => {
    const nombre = Array.from(enlace.childNodes).filter(n => n.nodeType === Node.TEXT_NODE)
        .map(n => n.textContent).join('').trim();
    const propio = enlace.querySelector('.counter');
    let contador = enlace.querySelector('.omm-contador');
    const cuenta = contadores[nombre];
    const seleccionado = propio && !propio.classList.contains('ng-hide');
    if (cuenta === undefined || seleccionado) {
      if (contador) {
        contador.remove();
      }
      return;
    }
    if (!contador) {
      contador = document.createElement('span');
      contador.className = 'counter omm-contador';
      enlace.appendChild(contador);
    }
    if (contador.textContent !== String(cuenta)) {
      contador.textContent = String(cuenta);
    }
  });
}

function tareaAbierta() {
  const consulta = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(consulta).get('task');
}

async function reclamarAlAbrir() {
  const tarea = tareaAbierta();
  const boton = document.querySelector('button.claim');
  if (!tarea || !boton || boton.disabled || !usuario || reclamadas.has(tarea)) {
    return;
  }
  reclamadas.add(tarea);
  try {
    const candidatas = await leer(motor + '/task?taskId=' + encodeURIComponent(tarea)
        + '&candidateUser=' + encodeURIComponent(usuario.userId) + '&firstResult=0&maxResults=1');
    if (candidatas.length === 1 && !candidatas[0].assignee && tarea === tareaAbierta()) {
      boton.click();
      setTimeout(contar, 1000);
      setTimeout(contar, 3000);
    }
  } catch (e) {
    // not claimed: «Reclamar» stays for the person to press
  }
}

async function etiquetarTarea() {
  const tarea = tareaAbierta();
  const tenant = document.querySelector('.tenant-id');
  if (!tarea || !tenant || !usuario) {
    return;
  }
  if (!etiquetas.has(tarea)) {
    etiquetas.set(tarea, null);
    try {
      const variable = await leer(motor + '/task/' + encodeURIComponent(tarea) + '/variables/convenioEtiqueta');
      etiquetas.set(tarea, typeof variable.value === 'string' ? variable.value : null);
    } catch (e) {
      // no label: Tasklist's tenant stays
    }
  }
  const etiqueta = etiquetas.get(tarea);
  let marca = tenant.parentNode.querySelector('.omm-convenio');
  if (!etiqueta) {
    tenant.classList.remove('omm-reemplazado');
    if (marca) {
      marca.remove();
    }
    return;
  }
  if (!marca) {
    marca = document.createElement('div');
    marca.className = 'omm-convenio';
    tenant.parentNode.insertBefore(marca, tenant);
  }
  if (marca.textContent !== etiqueta) {
    marca.textContent = etiqueta;
  }
  tenant.classList.add('omm-reemplazado');
}

cargarUsuario().then(contar);
window.addEventListener('hashchange', () => {
  if (!usuario) {
    cargarUsuario().then(contar);
  } else {
    contar();
  }
});
setInterval(() => (usuario ? contar() : cargarUsuario().then(contar)), 15000);
setInterval(() => usuario || cargarUsuario().then(contar), 5000);
setInterval(() => {
  dibujarContadores();
  reclamarAlAbrir();
  etiquetarTarea();
}, 500);

export default [];
