// Convenios OMM: the few words Cockpit writes into its pages instead of taking them from its
// translations (issue 17): the variables table's «Actions» header and the parent instance's «null».
const textos = [
  ['.cam-table thead td.actions', 'Actions', 'Acciones'],
  ['.null-value', 'null', 'sin valor']
];

function traducir() {
  textos.forEach(([selector, ingles, espanol]) => {
    document.querySelectorAll(selector).forEach(nodo => {
      if (nodo.textContent.trim() === ingles) {
        nodo.textContent = espanol;
      }
    });
  });
}

new MutationObserver(traducir).observe(document.documentElement, {childList: true, subtree: true});
traducir();

export default [];
