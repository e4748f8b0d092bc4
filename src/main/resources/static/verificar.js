// Convenios OMM: the public verification of a signed decreto (VerificacionController), by its
// verification code or by the file someone has.
'use strict';

const conclusion = document.getElementById('conclusion');
const tabla = document.getElementById('firmas');

function limpiar(mensaje) {
  tabla.querySelector('tbody').replaceChildren();
  tabla.hidden = true;
  document.getElementById('documento').hidden = true;
  conclusion.textContent = mensaje;
}

function estadoDe(firma, siguiente) {
  if (firma.valida && firma.cubreTodo) return 'Válida';
  // an earlier signature: the next revision of the file is the next signature
  if (firma.valida && siguiente) return 'Válida; después firmó ' + siguiente.firmante;
  if (firma.valida) return 'Válida; el documento cambió después';
  return 'No válida';
}

async function mostrar(respuesta) {
  const resultado = await respuesta.json().catch(() => ({error: `Error ${respuesta.status} del servidor.`}));
  if (!respuesta.ok) {
    conclusion.textContent = resultado.error;
    return;
  }
  conclusion.textContent = resultado.conclusion;
  const cuerpo = tabla.querySelector('tbody');
  resultado.firmas.forEach((firma, i) => {
    const fila = document.createElement('tr');
    for (const texto of [firma.firmante, firma.motivo, firma.momento, firma.emisor,
      estadoDe(firma, resultado.firmas[i + 1])]) {
      const celda = document.createElement('td');
      celda.textContent = texto;
      fila.appendChild(celda);
    }
    cuerpo.appendChild(fila);
  });
  tabla.hidden = resultado.firmas.length === 0;
  document.getElementById('sha256').textContent = resultado.sha256;
  const descarga = document.getElementById('descarga');
  descarga.hidden = !resultado.descarga;
  if (resultado.descarga) descarga.href = resultado.descarga.substring(1);
  document.getElementById('documento').hidden = false;
}

document.getElementById('por-codigo').addEventListener('submit', async evento => {
  evento.preventDefault();
  limpiar('Buscando…');
  const codigo = document.getElementById('codigo').value;
  await mostrar(await fetch('publico/verificacion?codigo=' + encodeURIComponent(codigo)));
});

document.getElementById('verificacion').addEventListener('submit', async evento => {
  evento.preventDefault();
  limpiar('Verificando…');
  const datos = new FormData();
  const archivo = document.getElementById('archivo').files[0];
  if (archivo && archivo.size > 20 * 1024 * 1024) {
    conclusion.textContent = 'El archivo supera el máximo de 20 MB: un decreto firmado pesa mucho menos.';
    return;
  }
  if (archivo) {
    datos.append('archivo', archivo);
  }
  await mostrar(await fetch('publico/verificacion', {method: 'POST', body: datos}));
});
