/**
 * The 32 NATO member states (since Sweden joined in March 2024), by ISO 3166 code, with their
 * English and French names as NATO writes them. One home for the list: the profile's nationality
 * choices and the nationality rule's check both read it.
 */
export const NATO_MEMBERS = [
  { code: 'AL', en: 'Albania', fr: 'Albanie' },
  { code: 'BE', en: 'Belgium', fr: 'Belgique' },
  { code: 'BG', en: 'Bulgaria', fr: 'Bulgarie' },
  { code: 'CA', en: 'Canada', fr: 'Canada' },
  { code: 'HR', en: 'Croatia', fr: 'Croatie' },
  { code: 'CZ', en: 'Czechia', fr: 'Tchéquie' },
  { code: 'DK', en: 'Denmark', fr: 'Danemark' },
  { code: 'EE', en: 'Estonia', fr: 'Estonie' },
  { code: 'FI', en: 'Finland', fr: 'Finlande' },
  { code: 'FR', en: 'France', fr: 'France' },
  { code: 'DE', en: 'Germany', fr: 'Allemagne' },
  { code: 'GR', en: 'Greece', fr: 'Grèce' },
  { code: 'HU', en: 'Hungary', fr: 'Hongrie' },
  { code: 'IS', en: 'Iceland', fr: 'Islande' },
  { code: 'IT', en: 'Italy', fr: 'Italie' },
  { code: 'LV', en: 'Latvia', fr: 'Lettonie' },
  { code: 'LT', en: 'Lithuania', fr: 'Lituanie' },
  { code: 'LU', en: 'Luxembourg', fr: 'Luxembourg' },
  { code: 'ME', en: 'Montenegro', fr: 'Monténégro' },
  { code: 'NL', en: 'Netherlands', fr: 'Pays-Bas' },
  { code: 'MK', en: 'North Macedonia', fr: 'Macédoine du Nord' },
  { code: 'NO', en: 'Norway', fr: 'Norvège' },
  { code: 'PL', en: 'Poland', fr: 'Pologne' },
  { code: 'PT', en: 'Portugal', fr: 'Portugal' },
  { code: 'RO', en: 'Romania', fr: 'Roumanie' },
  { code: 'SK', en: 'Slovakia', fr: 'Slovaquie' },
  { code: 'SI', en: 'Slovenia', fr: 'Slovénie' },
  { code: 'ES', en: 'Spain', fr: 'Espagne' },
  { code: 'SE', en: 'Sweden', fr: 'Suède' },
  { code: 'TR', en: 'Türkiye', fr: 'Türkiye' },
  { code: 'GB', en: 'United Kingdom', fr: 'Royaume-Uni' },
  { code: 'US', en: 'United States', fr: 'États-Unis' },
] as const;

export type NatoMemberCode = (typeof NATO_MEMBERS)[number]['code'];
export const NATO_MEMBER_CODES = NATO_MEMBERS.map((member) => member.code) as [NatoMemberCode, ...NatoMemberCode[]];
