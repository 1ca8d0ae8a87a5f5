import type { APPLICATION_CHANNELS, FIGURE_KINDS, LIFECYCLE_EVENTS, LIMITATIONS, Lang, PathwayType } from '../domain/index.js';

/** A word in the four languages, in the order en, es, pt, fr. */
export type Words = readonly [en: string, es: string, pt: string, fr: string];

const INDEX: Record<Lang, 0 | 1 | 2 | 3> = { en: 0, es: 1, pt: 2, fr: 3 };

/** The word in `lang`. */
export function say(words: Words, lang: Lang): string {
  return words[INDEX[lang]];
}

export const TYPE_WORDS: Record<PathwayType, Words> = {
  regional_agreement: ['Regional agreement', 'Acuerdo regional', 'Acordo regional', 'Accord régional'],
  labor_temporary: ['Temporary work', 'Trabajo temporal', 'Trabalho temporário', 'Travail temporaire'],
  labor_circular: ['Circular work', 'Trabajo circular', 'Trabalho circular', 'Travail circulaire'],
  labor_permanent: ['Permanent work', 'Trabajo permanente', 'Trabalho permanente', 'Travail permanent'],
  humanitarian_visa: ['Humanitarian visa', 'Visa humanitaria', 'Visto humanitário', 'Visa humanitaire'],
  parole: ['Parole', 'Parole', 'Parole', 'Parole'],
  temporary_protection: ['Temporary protection', 'Protección temporal', 'Proteção temporária', 'Protection temporaire'],
  regularization: ['Regularization', 'Regularización', 'Regularização', 'Régularisation'],
  family: ['Family', 'Familia', 'Família', 'Famille'],
  study: ['Study', 'Estudios', 'Estudos', 'Études'],
  resettlement: ['Resettlement', 'Reasentamiento', 'Reassentamento', 'Réinstallation'],
  other: ['Other', 'Otra', 'Outra', 'Autre'],
};

export const STATUS_WORDS: Record<'temporary' | 'permanent', Words> = {
  temporary: ['Temporary', 'Temporal', 'Temporário', 'Temporaire'],
  permanent: ['Permanent', 'Permanente', 'Permanente', 'Permanent'],
};

export const CHANNEL_WORDS: Record<(typeof APPLICATION_CHANNELS)[number], Words> = {
  online: ['Online', 'En línea', 'On-line', 'En ligne'],
  in_person: ['In person', 'En persona', 'Presencial', 'En personne'],
  consulate: ['At a consulate', 'En un consulado', 'Em um consulado', 'Dans un consulat'],
  employer: ['Through an employer', 'Por medio de un empleador', 'Por meio de um empregador', 'Par un employeur'],
  referral: ['By referral', 'Por remisión', 'Por encaminhamento', 'Sur orientation'],
  mail: ['By mail', 'Por correo', 'Pelo correio', 'Par courrier'],
};

export const LIMITATION_WORDS: Record<(typeof LIMITATIONS)[number], Words> = {
  temporary_only: ['Temporary status only', 'Solo estatus temporal', 'Apenas status temporário', 'Statut temporaire seulement'],
  cutoff_excludes_new_arrivals: ['A cut-off date excludes new arrivals', 'Una fecha de corte excluye a quienes llegan después', 'Uma data de corte exclui quem chega depois', 'Une date butoir exclut les nouveaux arrivants'],
  requires_valid_passport: ['Requires a valid passport', 'Exige pasaporte vigente', 'Exige passaporte válido', 'Exige un passeport valide'],
  cost_barrier: ['Costs may be a barrier', 'Los costos pueden ser una barrera', 'Os custos podem ser uma barreira', 'Les coûts peuvent être un obstacle'],
  capped: ['Capped number of places', 'Cupos limitados', 'Vagas limitadas', 'Nombre de places limité'],
  no_family: ['Family cannot be included', 'No incluye a la familia', 'Não inclui a família', 'La famille n\'est pas incluse'],
  requires_sponsor: ['Requires a sponsor', 'Exige un patrocinador', 'Exige um patrocinador', 'Exige un parrain'],
  requires_job_offer: ['Requires a job offer', 'Exige una oferta de trabajo', 'Exige uma oferta de emprego', 'Exige une offre d\'emploi'],
  employer_tied: ['Tied to one employer', 'Vinculado a un empleador', 'Vinculado a um empregador', 'Lié à un employeur'],
  nationality_restricted: ['Only some nationalities', 'Solo algunas nacionalidades', 'Apenas algumas nacionalidades', 'Certaines nationalités seulement'],
  requires_regular_entry: ['Requires a regular entry', 'Exige ingreso regular', 'Exige entrada regular', 'Exige une entrée régulière'],
  in_country_only: ['Only from inside the country', 'Solo desde dentro del país', 'Apenas de dentro do país', 'Seulement depuis le pays'],
  outside_country_only: ['Only from outside the country', 'Solo desde fuera del país', 'Apenas de fora do país', 'Seulement depuis l\'étranger'],
  no_path_to_permanence: ['No path to permanent residence', 'Sin camino a la residencia permanente', 'Sem caminho para a residência permanente', 'Pas d\'accès à la résidence permanente'],
  no_travel_abroad: ['No travel abroad', 'Sin viajes al exterior', 'Sem viagens ao exterior', 'Pas de voyage à l\'étranger'],
  documentation_barrier: ['Documents may be hard to obtain', 'Los documentos pueden ser difíciles de obtener', 'Os documentos podem ser difíceis de obter', 'Les documents peuvent être difficiles à obtenir'],
};

export const EVENT_WORDS: Record<(typeof LIFECYCLE_EVENTS)[number], Words> = {
  announced: ['Announced', 'Anunciada', 'Anunciada', 'Annoncée'],
  opened: ['Opened', 'Abierta', 'Aberta', 'Ouverte'],
  amended: ['Amended', 'Modificada', 'Alterada', 'Modifiée'],
  cutoff_changed: ['Cut-off changed', 'Cambio de fecha de corte', 'Mudança da data de corte', 'Date butoir modifiée'],
  extended: ['Extended', 'Prorrogada', 'Prorrogada', 'Prolongée'],
  suspended: ['Suspended', 'Suspendida', 'Suspensa', 'Suspendue'],
  reopened: ['Reopened', 'Reabierta', 'Reaberta', 'Rouverte'],
  closed: ['Closed', 'Cerrada', 'Encerrada', 'Fermée'],
};

export const FIGURE_WORDS: Record<(typeof FIGURE_KINDS)[number], Words> = {
  beneficiaries: ['Beneficiaries', 'Beneficiarios', 'Beneficiários', 'Bénéficiaires'],
  applications: ['Applications', 'Solicitudes', 'Pedidos', 'Demandes'],
  approvals: ['Approvals', 'Aprobaciones', 'Aprovações', 'Approbations'],
  cap: ['Cap', 'Tope', 'Limite', 'Plafond'],
  eligible_estimate: ['Estimated eligible people', 'Personas elegibles estimadas', 'Pessoas elegíveis estimadas', 'Personnes éligibles estimées'],
};

export const WORDS = {
  yes: ['Yes', 'Sí', 'Sim', 'Oui'],
  no: ['No', 'No', 'Não', 'Non'],
  unknown: ['Unknown', 'Desconocido', 'Desconhecido', 'Inconnu'],
  none: ['None', 'Ninguno', 'Nenhum', 'Aucun'],
  noEnd: ['No end date', 'Sin fecha de fin', 'Sem data de término', 'Sans date de fin'],
  asOf: ['as of', 'al', 'em', 'au'],
} satisfies Record<string, Words>;
