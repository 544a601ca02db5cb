import type { MergedEvent } from '../../store/store.js';

/**
 * GDELT 2.0's event table columns, in its order (GDELT Event Codebook V2.0). Parley fills those it
 * has — ids, dates, actor codes split into country, known group and types, CAMEO codes, QuadClass,
 * Goldstein, mention, source and article counts, source URL — and leaves tone and geography empty.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${p}${c}`);
}
function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => `${p}${c}`);
}

/** CAMEO's role and sector codes (CAMEO manual, ch. 3): a three-letter part of an actor code that is a type, not a country. */
const TYPES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'LEG', 'ELI', 'LAB', 'REF',
  'SEP', 'HLH', 'AGR', 'ENV', 'RAD', 'MOD', 'HRI', 'DEV', 'UAF', 'INS', 'IGO', 'NGO', 'NGM', 'MNC', 'IMG', 'PPL', 'SET', 'RES', 'CHR', 'MUS',
  'JEW', 'BUD', 'HIN', 'REL', 'ETH']);
/** Types after which the next part names a known group (IGOUNO: the United Nations; NGOAMN: Amnesty International). */
const GROUP_TYPES = new Set(['IGO', 'NGO', 'NGM', 'MNC', 'REB', 'UAF', 'INS', 'SEP']);

/** Splits a CAMEO actor code ("RUSGOV", "IGOUNO", "---PPL") into country, known group and up to three types. */
export function splitActorCode(code: string | null): { country: string; group: string; types: string[] } {
  const parts = (code ?? '').match(/.{1,3}/g) ?? [];
  let country = '';
  let group = '';
  const types: string[] = [];
  parts.forEach((part, i) => {
    if (i === 0 && part !== '---' && !TYPES.has(part)) country = part;
    else if (TYPES.has(part)) types.push(part);
    else if (i > 0 && GROUP_TYPES.has(parts[i - 1]) && !group) group = part;
  });
  return { country, group, types: types.slice(0, 3) };
}

function actorCells(code: string | null, name: string | null): unknown[] {
  const { country, group, types } = splitActorCode(code);
  return [code ?? '', (name ?? '').toUpperCase(), country, group, '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? ''];
}

/** The year plus the fraction of it elapsed, GDELT's FractionDate (2020-09-02, day 246 → 2020.6740). */
function fractionDate(day: string): string {
  const year = Number(day.slice(0, 4));
  const dayOfYear = (Date.parse(`${day}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return (year + dayOfYear / 365).toFixed(4);
}

/** One merged event as a GDELT row; an undated event gets empty date columns. */
export function gdeltRow(m: MergedEvent): unknown[] {
  const day = m.date && /^\d{4}-\d{2}-\d{2}/.test(m.date) ? m.date.slice(0, 10) : null;
  const dates = day ? [day.replace(/-/g, ''), day.slice(0, 7).replace('-', ''), day.slice(0, 4), fractionDate(day)] : ['', '', '', ''];
  const codes = [m.code, m.code.slice(0, 3), m.root];
  return [
    m.id, ...dates, ...actorCells(m.source.cameo, m.source.name), ...actorCells(m.target.cameo, m.target.name),
    '', ...codes, m.quadClass ?? '', m.goldstein ?? '', m.mentions.length, m.sources, m.documents, '',
    ...Array(24).fill(''), '', m.url ?? '',
  ];
}
