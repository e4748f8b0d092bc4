// Convenios OMM: Administración in Spanish for Chilean public servants (issue 11).
// Spanish is the fallback, so a browser set to Spanish or to no language gets Spanish;
// a browser whose first language is English still gets Camunda's English.
export default {
  app: {
    name: 'Administración',
    vendor: 'Convenios OMM'
  },
  locales: {
    availableLocales: ['es', 'en'],
    fallbackLocale: 'es'
  },
  // Day first, as Chilean public administration writes dates.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD-MM-YYYY HH:mm',
    normal: 'DD-MM-YYYY HH:mm',
    long: 'dddd, DD-MM-YYYY HH:mm',
    short: 'DD-MM-YYYY'
  }
};
