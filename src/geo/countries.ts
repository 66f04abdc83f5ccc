/** Short English names for countries whose ISO names are long or formal. */
const SHORT_NAMES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  RU: 'Russia',
  KR: 'South Korea',
  KP: 'North Korea',
  IR: 'Iran',
  SY: 'Syria',
  VE: 'Venezuela',
  BO: 'Bolivia',
  TZ: 'Tanzania',
  MD: 'Moldova',
  LA: 'Laos',
  VN: 'Vietnam',
  TW: 'Taiwan',
  PS: 'Palestine',
  VA: 'Vatican City',
  CD: 'DR Congo',
  CG: 'Congo',
  CZ: 'Czech Republic',
  MK: 'North Macedonia',
  FM: 'Micronesia',
  BN: 'Brunei',
  CV: 'Cape Verde',
  CI: 'Ivory Coast',
  SZ: 'Eswatini',
};

export function countryDisplayName(code: string, isoName: string): string {
  return SHORT_NAMES[code] ?? isoName.replace(/,.*$/, '');
}
