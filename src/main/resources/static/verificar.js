// Convenios OMM: the public verification of a signed decreto (VerificacionController).
'use strict';

document.getElementById('verificacion').addEventListener('submit', async evento => {
  evento.preventDefault();
  const conclusion = document.getElementById('conclusion');
  const tabla = document.getElementById('firmas');
  const cuerpo = tabla.querySelector('tbody');
  cuerpo.replaceChildren();
  tabla.hidden = true;
  conclusion.textContent = 'Verificando…';
  const datos = new FormData();
  const archivo = document.getElementById('archivo').files[0];
  if (archivo && archivo.size > 20 * 1024 * 1024) {
    conclusion.textContent = 'El archivo supera el máximo de 20 MB: un decreto firmado pesa mucho menos.';
    return;
  }
  if (archivo) {
    datos.append('archivo', archivo);
  }
  const respuesta = await fetch('publico/verificacion', {method: 'POST', body: datos});
  const resultado = await respuesta.json();
  if (!respuesta.ok) {
    conclusion.textContent = resultado.error;
    return;
  }
  conclusion.textContent = resultado.conclusion;
  resultado.firmas.forEach((firma, i) => {
    const fila = document.createElement('tr');
    const siguiente = resultado.firmas[i + 1];
    let estado = 'No válida';
    if (firma.valida && firma.cubreTodo) {
      estado = 'Válida';
    } else if (firma.valida && siguiente) {
      // an earlier signature: the next revision of the file is the next signature
      estado = 'Válida; después firmó ' + siguiente.firmante;
    } else if (firma.valida) {
      estado = 'Válida; el documento cambió después';
    }
    for (const texto of [firma.firmante, firma.motivo, firma.momento, firma.emisor, estado]) {
      const celda = document.createElement('td');
      celda.textContent = texto;
      fila.appendChild(celda);
    }
    cuerpo.appendChild(fila);
  });
  tabla.hidden = resultado.firmas.length === 0;
});
