// Convenios OMM: the session in every webapp (SesionController). The login page offers the
// institution's sign-in when there is one. «Cerrar sesión» ends the person's whole session, and the
// institution's provider's too when she logged in there: the server ends it and answers where the
// browser goes next; the call bears the webapps' CSRF token, as their own logout does.
function cookie(nombre) {
  const par = document.cookie.split('; ').find(c => c.startsWith(nombre + '='));
  return par ? decodeURIComponent(par.substring(nombre.length + 1)) : '';
}

function raiz() {
  return document.querySelector('base').getAttribute('app-root');
}

async function salir() {
  const respuesta = await fetch(raiz() + '/salir', {
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

// «Ingresar con la cuenta de mi institución» under the login form, drawn again with the form
let ingreso = null;
new MutationObserver(async () => {
  const formulario = document.querySelector("form[name='signinForm']");
  if (!formulario || formulario.parentNode.querySelector('.omm-ingreso-institucional')) {
    return;
  }
  ingreso = ingreso || fetch(raiz() + '/ingreso-institucional').then(r => r.json());
  const {activo, enlace} = await ingreso;
  if (activo && !formulario.parentNode.querySelector('.omm-ingreso-institucional')) {
    const parrafo = document.createElement('p');
    parrafo.className = 'omm-ingreso-institucional';
    const vinculo = document.createElement('a');
    vinculo.className = 'btn btn-default btn-block';
    vinculo.href = enlace;
    vinculo.textContent = 'Ingresar con la cuenta de mi institución';
    parrafo.appendChild(vinculo);
    formulario.after(parrafo);
  }
}).observe(document, {childList: true, subtree: true});
