// Convenios OMM: «Cerrar sesión» in every webapp ends the person's whole session, and the
// institution's provider's too when she logged in there. The server ends it and answers where the
// browser goes next (SalidaController); the call bears the webapps' CSRF token, as their own
// logout does.
function cookie(nombre) {
  const par = document.cookie.split('; ').find(c => c.startsWith(nombre + '='));
  return par ? decodeURIComponent(par.substring(nombre.length + 1)) : '';
}

async function salir() {
  const raiz = document.querySelector('base').getAttribute('app-root');
  const respuesta = await fetch(raiz + '/salir', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN')}
  });
  const cuerpo = await respuesta.json();
  if (respuesta.ok) {
    window.location.assign(cuerpo.destino);
  } else {
    window.alert(cuerpo.error);
  }
}

// in the capture phase, before the webapp's own handler on the link
document.addEventListener(
  'click',
  evento => {
    if (evento.target.closest && evento.target.closest('li.logout a')) {
      evento.preventDefault();
      evento.stopImmediatePropagation();
      salir();
    }
  },
  true
);
