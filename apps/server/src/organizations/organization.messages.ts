import { defineMessages } from '../i18n/messages.js';

/** Organizations' rules, and what other features say of an organization of the wrong kind. */
export const organizationMessages = defineMessages('organizations', {
  countyCodeFormat: { en: 'must be two digits', es: 'debe tener dos dígitos' },
  cdsCodeFormat: {
    en: 'must be 14 digits: a county code 01 to 58, 5 district and 7 school digits',
    es: 'debe tener 14 dígitos: un código de condado del 01 al 58, 5 dígitos del distrito y 7 de la escuela',
  },
  requiredForLea: { en: 'is required for an LEA', es: 'es obligatoria para una LEA' },
  mustBeCountyOffice: {
    en: 'must be a county office',
    es: 'debe ser una oficina de educación del condado',
  },
  requiredForSchool: { en: 'is required for a school', es: 'es obligatoria para una escuela' },
  mustBeLea: { en: 'must be an LEA', es: 'debe ser una LEA' },
  mustBeSchool: { en: 'must be a school', es: 'debe ser una escuela' },
  onlyForSchools: { en: 'is only for schools', es: 'solo se aplica a escuelas' },
  onlyForCountyOffices: {
    en: 'is only for county offices',
    es: 'solo se aplica a oficinas de educación del condado',
  },
  notForCountyOffice: {
    en: 'is not for a county office',
    es: 'no se aplica a una oficina de educación del condado',
  },
  onlyForLeas: { en: 'is only for LEAs', es: 'solo se aplica a LEA' },
  notItself: {
    en: 'cannot be the organization itself',
    es: 'no puede ser la propia organización',
  },
});
