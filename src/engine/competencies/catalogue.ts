import type { CallType } from '../call-types';
import { callTypes } from '../call-types';

/**
 * The competency catalogue: every savoir-faire line of the Le Forem job profile D140801-1, kept in its exact
 * French wording (tests/unit/competency-catalogue.test.ts checks that against the profile copy beside this
 * file). Ids are stable: scenarios, findings and saved progress refer to them.
 */
export interface Competency {
  /** Stable id, kebab-case; never renamed once shipped. */
  id: string;
  /** The profile's exact French wording (Dutch and English: translations.ts, loaded with those languages). */
  label: string;
  /** Activity blocks of the profile the line appears in (1-based, in profile order; some lines repeat). */
  blocks: readonly number[];
  /** Call types in which a simulated call can observe it. */
  callTypes: readonly CallType[];
  /** False for team-lead lines (recruitment, meetings, training talks) that no call can assess yet. */
  assessable: boolean;
}

const all = callTypes;
const customer: readonly CallType[] = ['inbound', 'outbound-sales', 'helpdesk'];
const nonEmergency: readonly CallType[] = ['inbound', 'outbound-sales', 'outbound-survey', 'helpdesk'];
const outbound: readonly CallType[] = ['outbound-sales', 'outbound-survey'];
const none: readonly CallType[] = [];

function entry(id: string, label: string, blocks: readonly number[], types: readonly CallType[]): Competency {
  return { id, label, blocks, callTypes: types, assessable: types.length > 0 };
}

export const competencies: readonly Competency[] = [
  entry('structure-entretien', "Suit une structure logique de l'entretien", [1], all),
  entry(
    'informations-actuelles',
    'Met des informations actuelles à disposition (information de produit, détails des remises, informations sur le type de clients, … )',
    [1],
    customer,
  ),
  entry(
    'qualite-scripts-bases',
    'Veille à ce que les collaborateurs disposent de scripts et de bases de données de qualité',
    [1],
    none,
  ),
  entry(
    'suit-script',
    'Suit le script en cours de la conversation',
    [3],
    ['inbound', 'outbound-sales', 'outbound-survey'],
  ),
  entry(
    'ecoute-et-ecran',
    "Écoute ou parle au client et, en même temps, suit les informations qui apparaissent sur l'écran",
    [3],
    all,
  ),
  entry(
    'dispatching-urgence',
    "Fait le dispatching des appels d'urgence vers le service responsable",
    [4],
    ['emergency'],
  ),
  entry('critique-constructive', 'Traite la critique de façon constructive', [4], customer),
  entry('encode-donnees', "Encode les données dans l'ordinateur", [4], all),
  entry('prend-appels-urgence', "Prend des appels d'urgence", [4], ['emergency']),
  entry(
    'questions-procedures',
    'Pose des questions pour obtenir les informations requis par les procédures',
    [4],
    ['emergency', 'helpdesk', 'inbound', 'outbound-survey'],
  ),
  entry(
    'secret-professionnel',
    'Garantit le secret professionnel',
    [4],
    ['inbound', 'outbound-sales', 'helpdesk', 'emergency'],
  ),
  entry('situations-inattendues', 'Fait face à des situations inattendues', [4], all),
  entry('controle-emotions', 'Contrôle ses émotions et son stress', [4], all),
  entry('conditions-vente', 'Informe sur les conditions de vente', [5], ['outbound-sales', 'inbound']),
  entry(
    'cherche-informations',
    "Cherche des informations dans des sources d'information disponibles",
    [5],
    all,
  ),
  entry(
    'feedback-commande',
    "Donne un feedback au client sur l'évolution d'une solution ou d'une commande",
    [5],
    ['inbound', 'helpdesk'],
  ),
  entry(
    'note-questions',
    'Note les questions et les traite selon les procédures',
    [5],
    ['inbound', 'helpdesk'],
  ),
  entry(
    'accompagne-collaborateurs',
    'Informe, accompagne, guide et motive les (nouveaux) collaborateurs',
    [6, 8, 15],
    none,
  ),
  entry('recrutement', 'Participe au recrutement et à la sélection des nouveaux employés', [6], none),
  entry('objectifs-operationnels', 'Vérifie si les objectifs opérationnels sont atteints', [7], none),
  entry('possibilites-amelioration', "Explore les possibilités d'amélioration", [7], none),
  entry(
    'efficacite-procedures',
    "Examine l'efficacité des procédures, méthodes de travail, … et l'ajuste si besoin",
    [7],
    none,
  ),
  entry('dossiers-personnel', 'Tient à jour les dossiers du personnel', [8], none),
  entry('ambiance-equipe', "Favorise une bonne ambiance de travail et l'esprit d'équipe", [8], none),
  entry(
    'surveille-projets',
    'Surveille la mise en œuvre des projets et le respect des procédures',
    [8],
    none,
  ),
  entry(
    'accompagne-nouveaux',
    "S'occupe de l'accompagnement des nouveaux arrivants, des stagiaires, …",
    [8],
    none,
  ),
  entry(
    'logiciels-bureautique',
    'Utilise des logiciels de bureautique (traitement de texte, feuille de calcul, ...)',
    [9],
    none,
  ),
  entry('corrige-erreurs', 'Corrige des erreurs', [9], all),
  entry('decrit-resultat', 'Décrit le résultat du contact', [9], all),
  entry('tape-sans-faute', 'Tape sans faute', [9], all),
  entry('logiciel-gestion-clientele', 'Utilise un logiciel de gestion de clientèle', [9], nonEmergency),
  entry('informe-ecoute', "Informe que l'appel est sur écoute", [10], nonEmergency),
  entry('suit-discussions', 'Suit des discussions', [10], none),
  entry('niveaux-service', 'Veille sur les niveaux des services et des objectifs', [10], none),
  entry('identifie-contraintes', 'Identifie des contraintes', [10], none),
  entry('encode-contact', 'Encode le contact dans le fichier', [11], all),
  entry('enregistre-commande', 'Enregistre la commande', [11], ['inbound', 'outbound-sales']),
  entry(
    'traite-commande-delais',
    'Traite la commande conformément aux délais et aux priorités tel que prescrit dans les directives',
    [11],
    ['inbound', 'helpdesk'],
  ),
  entry('logiciels-specifiques', 'Utilise des logiciels spécifiques pour encoder les données', [11], all),
  entry(
    'opportunites-vente',
    'Cherche des possibilités et des opportunités pour la vente adaptées à son propre domaine (type de marché, type de produit, type de clientèle)',
    [12],
    ['outbound-sales', 'inbound'],
  ),
  entry(
    'traduit-gestion-commerciale',
    'Traduit la gestion commerciale du management en des objectifs concrets et réalistes',
    [12],
    none,
  ),
  entry(
    'adapte-assortiment',
    "Adapte l'assortiment aux changements (tendances, circonstances imprévues, …)",
    [12],
    none,
  ),
  entry(
    'discute-formation',
    'Discute des possibilités de formation avec les personnes concernées',
    [13],
    none,
  ),
  entry(
    'entretiens-evaluation',
    "Mène les entretiens de planification, de fonctionnement et d'évaluation",
    [13, 15],
    none,
  ),
  entry(
    'objectifs-formation',
    'Définit des objectifs de formation en concertation avec les collaborateurs',
    [13],
    none,
  ),
  entry('consulte-responsable', 'Consulte le responsable', [13], nonEmergency),
  entry('inventaire-competences', "Fait l'inventaire des compétences des collaborateurs", [13], none),
  entry('analyse-appels-urgence', "Analyse des appels d'urgence", [14], ['emergency']),
  entry(
    'procedures-dispatching',
    "Développe des procédures pour le dispatching des appels d'urgence vers les services responsables",
    [14],
    none,
  ),
  entry(
    'suit-competences-collaborateurs',
    'Suit les compétences des collaborateurs dans le but de discuter des possibilités de formations avec les personnes concernées',
    [15],
    none,
  ),
  entry('organise-reunions', "Organise et dirige les réunions d'équipe", [15], none),
  entry(
    'questions-clarifier',
    'Pose des questions pour clarifier le problème décrit',
    [16],
    ['inbound', 'helpdesk', 'emergency'],
  ),
  entry('refere-client', 'Réfère le client à une autre personne ou service', [16], all),
  entry('laisse-parler', 'Laisse parler le client', [16], all),
  entry(
    'cherche-fichier-script',
    'Cherche, pendant la conversation, le fichier informatique nécessaire et script adapté',
    [17],
    all,
  ),
  entry('directives-appel', "Suit les directives d'appel et de présentation de l'organisation", [17], all),
  entry('adapte-langage', 'Adapte son langage au groupe cible', [17], all),
  entry('suit-evolution', "Suit l'évolution dans ses domaines de compétences", [19], none),
  entry(
    'documente-carriere',
    'Documente sa propre carrière et guide les collaborateurs avec la documentation de leur carrière',
    [19],
    none,
  ),
  entry('repond-questions-collaborateurs', 'Répond aux questions des collaborateurs', [19], none),
  entry(
    'soutient-apprentissage',
    "Soutient le collaborateur lors de l'apprentissage de compétences",
    [19],
    none,
  ),
  entry(
    'construit-connaissances',
    'Construit sur les connaissances et les compétences existantes',
    [19],
    none,
  ),
  entry(
    'demonstration-equipement',
    "Fait la démonstration du fonctionnement de l'équipement et du matériel et/ou explique les méthodes et les techniques",
    [19],
    none,
  ),
  entry('divise-missions', 'Divise les missions complexes en étapes', [19], none),
  entry('adapte-langage-collaborateurs', 'Adapte le langage aux collaborateurs', [19], none),
  entry('explique-travaux', "Explique la mise en œuvre et l'objectif des travaux", [19], none),
  entry(
    'techniques-commerciales',
    'Utilise des techniques commerciales',
    [20],
    ['outbound-sales', 'inbound'],
  ),
  entry(
    'informe-objectif',
    "Informe la personne de contact de l'objectif de l'entretien selon le script",
    [20],
    outbound,
  ),
  entry('suivi-absents', 'Fait le suivi de quand il doit recontacter les répondants absents', [20], outbound),
];

/** All ids, for the scenario schema's controlled vocabulary. */
export const competencyIds = competencies.map((c) => c.id);

const byId = new Map(competencies.map((c) => [c.id, c]));

/** Looks a competency up; undefined for an unknown id (the loader rejects those before play). */
export function findCompetency(id: string): Competency | undefined {
  return byId.get(id);
}
