import type { Lang } from '../../../domain/index.js';

type Translated = Record<Exclude<Lang, 'en'>, string>;

/** A series' title and description in Spanish, Portuguese and French. */
export interface SeriesTexts {
  title: Translated;
  description: Translated;
}

/**
 * Every translation here is a draft awaiting review by a fluent speaker: the English of
 * data/statistics/series.yaml is the original. series.yaml has English only, so the translations
 * live beside the route that presents them until the data file carries localized texts; a test
 * checks that every series of series.yaml has one.
 */
export const DRAFT_LANGS: readonly Lang[] = ['es', 'pt', 'fr'];

const by = <T>(es: T, pt: T, fr: T) => ({ es, pt, fr });

const DARIEN_SOURCE = by('según el Servicio Nacional de Migración de Panamá', 'segundo o Serviço Nacional de Migração do Panamá', 'selon le Service national des migrations du Panama');

function darienGroup(group: Translated): SeriesTexts {
  return {
    title: by(`Tránsitos irregulares por el Darién: ${group.es}`, `Trânsitos irregulares pelo Darién: ${group.pt}`, `Passages irréguliers par le Darién : ${group.fr}`),
    description: by(
      `Tránsitos irregulares de personas migrantes por la región panameña del Darién contados como ${group.es}, ${DARIEN_SOURCE.es}.`,
      `Trânsitos irregulares de migrantes pela região panamenha do Darién contados como ${group.pt}, ${DARIEN_SOURCE.pt}.`,
      `Passages irréguliers de personnes migrantes par la région panaméenne du Darién comptés comme ${group.fr}, ${DARIEN_SOURCE.fr}.`,
    ),
  };
}

/** UNHCR end-of-year populations: who, and the Refugee Data Finder column. */
function endOfYear(who: Translated, column: string): SeriesTexts {
  return {
    title: by(`${who.es}, a fin de año`, `${who.pt}, no fim do ano`, `${who.fr}, en fin d'année`),
    description: by(
      `${who.es} a fin de cada año, por país de origen (origin) y país de asilo (location), del Refugee Data Finder del ACNUR (columna ${column}). Los valores cero no se guardan. UKN = origen diverso o desconocido, STA = apátrida.`,
      `${who.pt} no fim de cada ano, por país de origem (origin) e país de asilo (location), do Refugee Data Finder do ACNUR (coluna ${column}). Valores zero não são guardados. UKN = origem diversa ou desconhecida, STA = apátrida.`,
      `${who.fr} à la fin de chaque année, par pays d'origine (origin) et pays d'asile (location), d'après le Refugee Data Finder du HCR (colonne ${column}). Les valeurs nulles ne sont pas stockées. UKN = origine diverse ou inconnue, STA = apatride.`,
    ),
  };
}

/** UNHCR asylum decisions of one kind, counted in persons or in cases. */
function decisions(kind: Translated, column: string, unit: 'persons' | 'cases'): SeriesTexts {
  const counted = unit === 'persons' ? by('personas', 'pessoas', 'personnes') : by('casos', 'casos', 'dossiers');
  const type = unit === 'persons' ? 'P' : 'C';
  return {
    title: by(`Decisiones de asilo: ${kind.es} (${counted.es})`, `Decisões de asilo: ${kind.pt} (${counted.pt})`, `Décisions d'asile : ${kind.fr} (${counted.fr})`),
    description: by(
      `Decisiones de asilo (${column}) por origen y país de asilo, sumadas sobre procedimientos (gobierno, ACNUR, conjuntos) y etapas de decisión, cuando el origen o el país de asilo está en las Américas; contadas en ${counted.es} según lo informado (DecisionDataType ${type}). Los valores cero no se guardan.`,
      `Decisões de asilo (${column}) por origem e país de asilo, somadas por procedimentos (governo, ACNUR, conjuntos) e etapas de decisão, quando a origem ou o país de asilo está nas Américas; contadas em ${counted.pt} conforme informado (DecisionDataType ${type}). Valores zero não são guardados.`,
      `Décisions d'asile (${column}) par origine et pays d'asile, additionnées sur les procédures (gouvernement, HCR, conjointes) et les étapes de décision, lorsque l'origine ou le pays d'asile se trouve dans les Amériques ; comptées en ${counted.fr} comme déclaré (DecisionDataType ${type}). Les valeurs nulles ne sont pas stockées.`,
    ),
  };
}

/** UNHCR solutions (resettlement, naturalisation, returns). */
function solution(what: Translated, column: string): SeriesTexts {
  return {
    title: what,
    description: by(
      `${what.es} por origen y país de asilo o de reasentamiento, cuando uno de ellos está en las Américas, del Refugee Data Finder del ACNUR (columna ${column}). Los valores cero no se guardan.`,
      `${what.pt} por origem e país de asilo ou de reassentamento, quando um deles está nas Américas, do Refugee Data Finder do ACNUR (coluna ${column}). Valores zero não são guardados.`,
      `${what.fr} par origine et pays d'asile ou de réinstallation, lorsque l'un d'eux se trouve dans les Amériques, d'après le Refugee Data Finder du HCR (colonne ${column}). Les valeurs nulles ne sont pas stockées.`,
    ),
  };
}

const DECISION_KINDS = [
  ['recognized', 'Recognized', by('reconocidas', 'reconhecidas', 'reconnues')],
  ['complementary_protection', 'ComplementaryProtection', by('protección complementaria', 'proteção complementar', 'protection complémentaire')],
  ['otherwise_closed', 'OtherwiseClosed', by('cerradas por otros motivos', 'encerradas por outros motivos', 'clôturées pour d\'autres motifs')],
  ['rejected', 'Rejected', by('rechazadas', 'rejeitadas', 'rejetées')],
  ['total', 'TotalDecided', by('total', 'total', 'total')],
] as const;

/** Spanish, Portuguese and French texts of each series, by indicator (drafts: see DRAFT_LANGS). */
export const SERIES_TEXTS: Readonly<Record<string, SeriesTexts>> = {
  'cbp.sw_border_encounters': {
    title: by('Encuentros en la frontera terrestre suroeste de EE. UU.', 'Encontros na fronteira terrestre sudoeste dos EUA', 'Interpellations à la frontière terrestre sud-ouest des États-Unis'),
    description: by(
      'Encuentros con personas no ciudadanas en la frontera terrestre suroeste de EE. UU.: aprehensiones de la Patrulla Fronteriza (U.S. Border Patrol) e inadmisiones de la Oficina de Operaciones de Campo, bajo el Título 8 y el Título 42, sumados sobre sectores, oficinas y grupos demográficos. Cuenta eventos, no personas distintas. Por nacionalidad desde octubre de 2019 (año fiscal 2020); antes, el origen no está desglosado. OOO = otras nacionalidades.',
      'Encontros com pessoas não cidadãs na fronteira terrestre sudoeste dos EUA: apreensões da Patrulha de Fronteira (U.S. Border Patrol) e inadmissões do Escritório de Operações de Campo, sob o Título 8 e o Título 42, somados por setores, escritórios e grupos demográficos. Conta eventos, não pessoas distintas. Por nacionalidade desde outubro de 2019 (ano fiscal 2020); antes disso, a origem não é desagregada. OOO = outras nacionalidades.',
      'Interpellations de personnes non citoyennes à la frontière terrestre sud-ouest des États-Unis : arrestations de la Patrouille frontalière (U.S. Border Patrol) et refus d\'admission de l\'Office of Field Operations, au titre du Title 8 et du Title 42, additionnés sur les secteurs, bureaux et groupes démographiques. Compte des événements, pas des personnes distinctes. Par nationalité depuis octobre 2019 (exercice 2020) ; avant, l\'origine n\'est pas ventilée. OOO = autres nationalités.',
    ),
  },
  'darien.transits': {
    title: by('Tránsitos irregulares por el Darién, por nacionalidad', 'Trânsitos irregulares pelo Darién, por nacionalidade', 'Passages irréguliers par le Darién, par nationalité'),
    description: by(
      `Tránsitos irregulares de personas migrantes por la región panameña del Darién, por nacionalidad, ${DARIEN_SOURCE.es}. Totales anuales de 2010 a 2019, mensuales desde 2020 (faltan algunos meses de 2020).`,
      `Trânsitos irregulares de migrantes pela região panamenha do Darién, por nacionalidade, ${DARIEN_SOURCE.pt}. Totais anuais de 2010 a 2019, mensais a partir de 2020 (faltam alguns meses de 2020).`,
      `Passages irréguliers de personnes migrantes par la région panaméenne du Darién, par nationalité, ${DARIEN_SOURCE.fr}. Totaux annuels de 2010 à 2019, mensuels depuis 2020 (certains mois de 2020 manquent).`,
    ),
  },
  'darien.transits.men': darienGroup(by('hombres', 'homens', 'hommes')),
  'darien.transits.women': darienGroup(by('mujeres', 'mulheres', 'femmes')),
  'darien.transits.boys': darienGroup(by('niños', 'meninos', 'garçons')),
  'darien.transits.girls': darienGroup(by('niñas', 'meninas', 'filles')),
  'undesa.migrant_stock': {
    title: by('Población de migrantes internacionales, por origen y destino', 'Estoque de migrantes internacionais, por origem e destino', 'Stock de migrants internationaux, par origine et destination'),
    description: by(
      'Número estimado de migrantes internacionales que viven en un destino (location) nacidos en un origen o ciudadanos de él, ambos sexos (mujeres + hombres), según International Migrant Stock 2024 de UN DESA. Un par origen × destino ausente significa que no hay estimación, no cero.',
      'Número estimado de migrantes internacionais que vivem num destino (location) nascidos numa origem ou cidadãos dela, ambos os sexos (mulheres + homens), segundo o International Migrant Stock 2024 da UN DESA. Um par origem × destino ausente significa que não há estimativa, não zero.',
      'Nombre estimé de migrants internationaux vivant dans une destination (location) nés dans une origine ou citoyens de celle-ci, les deux sexes (femmes + hommes), d\'après International Migrant Stock 2024 du DAES de l\'ONU. Une paire origine × destination absente signifie qu\'il n\'y a pas d\'estimation, pas zéro.',
    ),
  },
  'unhcr.refugees': endOfYear(by('Personas refugiadas bajo el mandato del ACNUR', 'Refugiados sob o mandato do ACNUR', 'Réfugiés relevant du mandat du HCR'), 'REF'),
  'unhcr.asylum_seekers': endOfYear(by('Solicitantes de asilo', 'Requerentes de asilo', 'Demandeurs d\'asile'), 'ASY'),
  'unhcr.other_in_need_of_protection': endOfYear(by(
    'Otras personas con necesidad de protección internacional', 'Outras pessoas com necessidade de proteção internacional', 'Autres personnes ayant besoin d\'une protection internationale',
  ), 'OIP'),
  'unhcr.idps': endOfYear(by('Personas desplazadas internas', 'Pessoas deslocadas internamente', 'Personnes déplacées internes'), 'IDP'),
  'unhcr.stateless': endOfYear(by('Personas apátridas', 'Pessoas apátridas', 'Personnes apatrides'), 'STA'),
  'unhcr.others_of_concern': endOfYear(by('Otras personas de interés para el ACNUR', 'Outras pessoas de interesse do ACNUR', 'Autres personnes relevant de la compétence du HCR'), 'OOC'),
  'unhcr.host_community': endOfYear(by('Comunidad de acogida', 'Comunidade de acolhimento', 'Communauté d\'accueil'), 'HCO'),
  ...Object.fromEntries(DECISION_KINDS.flatMap(([id, column, kind]) => (['persons', 'cases'] as const).map((unit) => [
    `unhcr.asylum_decisions.${id}.${unit}`, decisions(kind, column, unit),
  ]))),
  'unhcr.resettlement_arrivals': solution(by('Llegadas por reasentamiento', 'Chegadas por reassentamento', 'Arrivées en réinstallation'), 'RST'),
  'unhcr.naturalisations': solution(by('Naturalizaciones de personas refugiadas', 'Naturalizações de refugiados', 'Naturalisations de réfugiés'), 'NAT'),
  'unhcr.refugee_returns': solution(by('Retornos de personas refugiadas', 'Retornos de refugiados', 'Retours de réfugiés'), 'RET'),
  'unhcr.idp_returns': solution(by('Retornos de personas desplazadas internas', 'Retornos de pessoas deslocadas internamente', 'Retours de personnes déplacées internes'), 'RDP'),
};
