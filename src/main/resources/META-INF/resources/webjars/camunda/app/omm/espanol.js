// Convenios OMM: what the four webapps' config.js share (issue 11). Spanish is the fallback, so a
// browser set to Spanish or to no language gets Spanish; one whose first language is English still
// gets Camunda's English. Dates day first, as Chilean public administration writes them.
export const locales = {
  availableLocales: ['es', 'en'],
  fallbackLocale: 'es'
};

export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD-MM-YYYY HH:mm',
  normal: 'DD-MM-YYYY HH:mm',
  long: 'dddd, DD-MM-YYYY HH:mm',
  short: 'DD-MM-YYYY'
};
