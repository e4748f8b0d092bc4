'use strict';

const estado = document.getElementById('estado');
const tabla = document.getElementById('pendientes');

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('OMM-XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.split('=')[1]) : '';
}

function celda(texto, clase) {
  const td = document.createElement('td');
  td.textContent = texto;
  if (clase) td.className = clase;
  return td;
}

async function subir(pendiente, input, mensaje) {
  const archivo = input.files[0];
  if (!archivo) { mensaje.textContent = 'Elija un archivo PDF.'; return; }
  const datos = new FormData();
  datos.append('archivo', archivo);
  mensaje.textContent = 'Subiendo…';
  const url = `/api/convenios/${encodeURIComponent(pendiente.convenioId)}/documentos/${pendiente.tipo}`
    + `?referencia=${encodeURIComponent(pendiente.referencia)}`;
  const respuesta = await fetch(url,
    { method: 'POST', body: datos, credentials: 'same-origin', headers: { 'X-OMM-XSRF-TOKEN': csrfToken() } });
  const cuerpo = await respuesta.json().catch(() => ({}));
  mensaje.className = respuesta.ok ? 'ok' : 'error';
  mensaje.textContent = respuesta.ok
    ? `Guardado: ${cuerpo.nombre}, versión ${cuerpo.version} (SHA-256 ${cuerpo.sha256.substring(0, 12)}…)`
    : (cuerpo.error || `No se pudo subir (error ${respuesta.status}).`);
}

async function cargar() {
  const respuesta = await fetch('/api/documentos/pendientes', { credentials: 'same-origin' });
  if (!respuesta.ok) {
    estado.className = 'error';
    estado.textContent = 'No se pudieron cargar sus tareas. Inicie sesión en Tasklist y vuelva a esta página.';
    return;
  }
  const pendientes = await respuesta.json();
  if (pendientes.length === 0) {
    estado.textContent = 'Ninguna de sus tareas abiertas pide un documento.';
    return;
  }
  estado.textContent = '';
  tabla.hidden = false;
  const cuerpo = tabla.querySelector('tbody');
  for (const pendiente of pendientes) {
    const fila = document.createElement('tr');
    fila.append(celda(pendiente.convenioId), celda(pendiente.tarea),
      celda(pendiente.referencia ? `${pendiente.documento} (${pendiente.referencia})` : pendiente.documento),
      celda(pendiente.adjuntado ? 'Adjuntado' : 'Falta', pendiente.adjuntado ? 'ok' : 'falta'));
    const td = document.createElement('td');
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf';
    input.setAttribute('aria-label', `PDF para ${pendiente.convenioId}`);
    const boton = document.createElement('button');
    boton.textContent = 'Subir';
    const mensaje = document.createElement('div');
    boton.addEventListener('click', () => subir(pendiente, input, mensaje));
    td.append(input, boton, mensaje);
    fila.append(td);
    cuerpo.append(fila);
  }
}

async function cargarBorradores() {
  const respuesta = await fetch('/api/decretos/borradores', { credentials: 'same-origin' });
  if (!respuesta.ok) return;
  const borradores = await respuesta.json();
  if (borradores.length === 0) return;
  const seccion = document.getElementById('borradores');
  const lista = seccion.querySelector('ul');
  for (const borrador of borradores) {
    const item = document.createElement('li');
    item.append(`${borrador.convenioId} – ${borrador.tarea}: `);
    for (const [texto, url] of [['PDF', borrador.pdf], ['DOCX', borrador.docx]]) {
      const enlace = document.createElement('a');
      enlace.href = url;
      enlace.textContent = texto;
      item.append(enlace, ' ');
    }
    lista.append(item);
  }
  seccion.hidden = false;
}

cargarBorradores();
cargar();
