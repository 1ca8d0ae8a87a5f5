import type { PathwayType } from '../domain/pathway.js';
import type { Lang } from '../domain/lang.js';

/** The interface's own words, in the four catalogue languages. */
export const UI = {
  en: {
    title: 'Regular migration pathways of the Americas',
    intro: 'Regional agreements, labour programmes, humanitarian visas, parole, temporary protection and regularizations — every fact sourced and dated.',
    loading: 'Loading pathways…', failed: 'The pathways could not be loaded. Check your connection and try again.', retry: 'Try again',
    count: (n: number) => (n === 1 ? '1 pathway' : `${n} pathways`), open: 'Open now', closed: 'Closed', free: 'Free of charge', permanent: 'Leads to permanent residence',
    temporary: 'Temporary status', permanentStatus: 'Permanent status', unofficial: 'Not yet confirmed by an official source', language: 'Language', reviewed: 'Reviewed',
  },
  es: {
    title: 'Vías regulares de migración en las Américas',
    intro: 'Acuerdos regionales, programas laborales, visas humanitarias, parole, protección temporal y regularizaciones, con cada dato citado y fechado.',
    loading: 'Cargando vías…', failed: 'No se pudieron cargar las vías. Revise su conexión e inténtelo de nuevo.', retry: 'Reintentar',
    count: (n: number) => (n === 1 ? '1 vía' : `${n} vías`), open: 'Abierta hoy', closed: 'Cerrada', free: 'Gratuita', permanent: 'Conduce a la residencia permanente',
    temporary: 'Estatus temporal', permanentStatus: 'Estatus permanente', unofficial: 'Aún sin confirmación de una fuente oficial', language: 'Idioma', reviewed: 'Revisada',
  },
  pt: {
    title: 'Vias regulares de migração nas Américas',
    intro: 'Acordos regionais, programas de trabalho, vistos humanitários, parole, proteção temporária e regularizações, com cada dado citado e datado.',
    loading: 'Carregando vias…', failed: 'Não foi possível carregar as vias. Verifique a sua conexão e tente novamente.', retry: 'Tentar novamente',
    count: (n: number) => (n === 1 ? '1 via' : `${n} vias`), open: 'Aberta hoje', closed: 'Encerrada', free: 'Gratuita', permanent: 'Leva à residência permanente',
    temporary: 'Status temporário', permanentStatus: 'Status permanente', unofficial: 'Ainda sem confirmação de fonte oficial', language: 'Idioma', reviewed: 'Revisada',
  },
  fr: {
    title: 'Voies de migration régulière des Amériques',
    intro: 'Accords régionaux, programmes de travail, visas humanitaires, parole, protection temporaire et régularisations, chaque donnée sourcée et datée.',
    loading: 'Chargement des voies…', failed: 'Impossible de charger les voies. Vérifiez votre connexion et réessayez.', retry: 'Réessayer',
    count: (n: number) => (n === 1 ? '1 voie' : `${n} voies`), open: 'Ouverte', closed: 'Fermée', free: 'Gratuite', permanent: 'Mène à la résidence permanente',
    temporary: 'Statut temporaire', permanentStatus: 'Statut permanent', unofficial: 'Pas encore confirmé par une source officielle', language: 'Langue', reviewed: 'Revue le',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export const TYPE_LABELS: Record<Lang, Record<PathwayType, string>> = {
  en: {
    regional_agreement: 'Regional agreement', labor_temporary: 'Temporary work', labor_circular: 'Circular work', labor_permanent: 'Permanent work',
    humanitarian_visa: 'Humanitarian visa', parole: 'Parole', temporary_protection: 'Temporary protection', regularization: 'Regularization',
    family: 'Family', study: 'Study', resettlement: 'Resettlement', other: 'Other',
  },
  es: {
    regional_agreement: 'Acuerdo regional', labor_temporary: 'Trabajo temporal', labor_circular: 'Trabajo circular', labor_permanent: 'Trabajo permanente',
    humanitarian_visa: 'Visa humanitaria', parole: 'Parole', temporary_protection: 'Protección temporal', regularization: 'Regularización',
    family: 'Familia', study: 'Estudios', resettlement: 'Reasentamiento', other: 'Otra',
  },
  pt: {
    regional_agreement: 'Acordo regional', labor_temporary: 'Trabalho temporário', labor_circular: 'Trabalho circular', labor_permanent: 'Trabalho permanente',
    humanitarian_visa: 'Visto humanitário', parole: 'Parole', temporary_protection: 'Proteção temporária', regularization: 'Regularização',
    family: 'Família', study: 'Estudos', resettlement: 'Reassentamento', other: 'Outra',
  },
  fr: {
    regional_agreement: 'Accord régional', labor_temporary: 'Travail temporaire', labor_circular: 'Travail circulaire', labor_permanent: 'Travail permanent',
    humanitarian_visa: 'Visa humanitaire', parole: 'Parole', temporary_protection: 'Protection temporaire', regularization: 'Régularisation',
    family: 'Famille', study: 'Études', resettlement: 'Réinstallation', other: 'Autre',
  },
};

/** The language to start in: the URL's ?lang=, else the browser's, else English. */
export function initialLang(search: string, browser: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  const candidates = [asked, ...browser.map((l) => l.slice(0, 2))];
  return (candidates.find((l) => l === 'en' || l === 'es' || l === 'pt' || l === 'fr') as Lang | undefined) ?? 'en';
}

/** A country's name in `lang`, from the browser's own data (no download). */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
