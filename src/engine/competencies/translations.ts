/**
 * Dutch and English translations of the catalogue's savoir-faire lines, kept apart from the French catalogue
 * so that a French session never downloads them. tests/unit/competency-catalogue.test.ts checks every id.
 */
export const competencyTranslations: Record<string, { nl: string; en: string }> = {
  'structure-entretien': {
    nl: 'Volgt een logische gespreksstructuur',
    en: 'Follows a logical structure in the conversation',
  },
  'informations-actuelles': {
    nl: 'Stelt actuele informatie ter beschikking (productinformatie, details over kortingen, informatie over het type klanten, …)',
    en: 'Provides up-to-date information (product information, discount details, information on customer types, …)',
  },
  'qualite-scripts-bases': {
    nl: 'Zorgt ervoor dat medewerkers over kwaliteitsvolle scripts en databanken beschikken',
    en: 'Makes sure staff have good-quality scripts and databases',
  },
  'suit-script': {
    nl: 'Volgt het script tijdens het gesprek',
    en: 'Follows the script during the conversation',
  },
  'ecoute-et-ecran': {
    nl: 'Luistert of spreekt tegen de klant en volgt tegelijk de informatie die op het scherm verschijnt',
    en: 'Listens or talks to the customer while following the information that appears on screen',
  },
  'dispatching-urgence': {
    nl: 'Verdeelt noodoproepen naar de verantwoordelijke dienst',
    en: 'Dispatches emergency calls to the responsible service',
  },
  'critique-constructive': {
    nl: 'Gaat constructief om met kritiek',
    en: 'Handles criticism constructively',
  },
  'encode-donnees': {
    nl: 'Voert de gegevens in de computer in',
    en: 'Enters data into the computer',
  },
  'prend-appels-urgence': {
    nl: 'Neemt noodoproepen aan',
    en: 'Takes emergency calls',
  },
  'questions-procedures': {
    nl: 'Stelt vragen om de door de procedures vereiste informatie te verkrijgen',
    en: 'Asks questions to obtain the information the procedures require',
  },
  'secret-professionnel': {
    nl: 'Waarborgt het beroepsgeheim',
    en: 'Guarantees professional confidentiality',
  },
  'situations-inattendues': {
    nl: 'Gaat om met onverwachte situaties',
    en: 'Copes with unexpected situations',
  },
  'controle-emotions': {
    nl: 'Beheerst zijn emoties en stress',
    en: 'Keeps emotions and stress under control',
  },
  'conditions-vente': {
    nl: 'Informeert over de verkoopsvoorwaarden',
    en: 'Informs about the terms of sale',
  },
  'cherche-informations': {
    nl: 'Zoekt informatie op in de beschikbare informatiebronnen',
    en: 'Looks up information in the available sources',
  },
  'feedback-commande': {
    nl: 'Geeft de klant feedback over de stand van een oplossing of een bestelling',
    en: 'Gives the customer feedback on the progress of a solution or an order',
  },
  'note-questions': {
    nl: 'Noteert de vragen en behandelt ze volgens de procedures',
    en: 'Notes questions and handles them according to procedures',
  },
  'accompagne-collaborateurs': {
    nl: 'Informeert, begeleidt, stuurt en motiveert (nieuwe) medewerkers',
    en: 'Informs, supports, guides and motivates (new) staff',
  },
  recrutement: {
    nl: 'Neemt deel aan de werving en selectie van nieuwe werknemers',
    en: 'Takes part in recruiting and selecting new employees',
  },
  'objectifs-operationnels': {
    nl: 'Gaat na of de operationele doelstellingen bereikt zijn',
    en: 'Checks whether operational objectives are met',
  },
  'possibilites-amelioration': {
    nl: 'Onderzoekt verbetermogelijkheden',
    en: 'Explores ways to improve',
  },
  'efficacite-procedures': {
    nl: 'Onderzoekt de doeltreffendheid van procedures, werkmethoden, … en stuurt bij waar nodig',
    en: 'Examines how well procedures, working methods, … work and adjusts them if needed',
  },
  'dossiers-personnel': {
    nl: 'Houdt de personeelsdossiers bij',
    en: 'Keeps staff records up to date',
  },
  'ambiance-equipe': {
    nl: 'Bevordert een goede werksfeer en teamgeest',
    en: 'Fosters a good working atmosphere and team spirit',
  },
  'surveille-projets': {
    nl: 'Ziet toe op de uitvoering van projecten en de naleving van procedures',
    en: 'Monitors project implementation and compliance with procedures',
  },
  'accompagne-nouveaux': {
    nl: 'Begeleidt nieuwkomers, stagiairs, …',
    en: 'Looks after newcomers, trainees, …',
  },
  'logiciels-bureautique': {
    nl: 'Gebruikt kantoorsoftware (tekstverwerker, rekenblad, ...)',
    en: 'Uses office software (word processor, spreadsheet, ...)',
  },
  'corrige-erreurs': {
    nl: 'Verbetert fouten',
    en: 'Corrects errors',
  },
  'decrit-resultat': {
    nl: 'Beschrijft het resultaat van het contact',
    en: 'Describes the outcome of the contact',
  },
  'tape-sans-faute': {
    nl: 'Typt foutloos',
    en: 'Types without errors',
  },
  'logiciel-gestion-clientele': {
    nl: 'Gebruikt klantenbeheersoftware',
    en: 'Uses customer management software',
  },
  'informe-ecoute': {
    nl: 'Meldt dat het gesprek wordt opgenomen',
    en: 'Informs that the call is being recorded',
  },
  'suit-discussions': {
    nl: 'Volgt discussies op',
    en: 'Follows up discussions',
  },
  'niveaux-service': {
    nl: 'Waakt over de serviceniveaus en doelstellingen',
    en: 'Watches over service levels and objectives',
  },
  'identifie-contraintes': {
    nl: 'Identificeert beperkingen',
    en: 'Identifies constraints',
  },
  'encode-contact': {
    nl: 'Registreert het contact in het bestand',
    en: 'Records the contact in the file',
  },
  'enregistre-commande': {
    nl: 'Registreert de bestelling',
    en: 'Records the order',
  },
  'traite-commande-delais': {
    nl: 'Behandelt de bestelling volgens de termijnen en prioriteiten die de richtlijnen voorschrijven',
    en: 'Handles the order within the deadlines and priorities set by the guidelines',
  },
  'logiciels-specifiques': {
    nl: 'Gebruikt specifieke software om gegevens in te voeren',
    en: 'Uses specific software to enter data',
  },
  'opportunites-vente': {
    nl: 'Zoekt verkoopmogelijkheden en -kansen die passen bij het eigen domein (type markt, type product, type klanten)',
    en: 'Looks for sales possibilities and opportunities suited to their own field (type of market, product, customers)',
  },
  'traduit-gestion-commerciale': {
    nl: 'Vertaalt het commerciële beleid van het management naar concrete en realistische doelstellingen',
    en: "Turns management's commercial policy into concrete, realistic objectives",
  },
  'adapte-assortiment': {
    nl: 'Past het assortiment aan veranderingen aan (trends, onvoorziene omstandigheden, …)',
    en: 'Adapts the range to changes (trends, unforeseen circumstances, …)',
  },
  'discute-formation': {
    nl: 'Bespreekt opleidingsmogelijkheden met de betrokkenen',
    en: 'Discusses training opportunities with the people concerned',
  },
  'entretiens-evaluation': {
    nl: 'Voert plannings-, functionerings- en evaluatiegesprekken',
    en: 'Conducts planning, performance and appraisal interviews',
  },
  'objectifs-formation': {
    nl: 'Bepaalt opleidingsdoelen in overleg met de medewerkers',
    en: 'Sets training objectives together with staff',
  },
  'consulte-responsable': {
    nl: 'Raadpleegt de verantwoordelijke',
    en: 'Consults the supervisor',
  },
  'inventaire-competences': {
    nl: 'Inventariseert de competenties van de medewerkers',
    en: 'Takes stock of staff competencies',
  },
  'analyse-appels-urgence': {
    nl: 'Analyseert noodoproepen',
    en: 'Analyses emergency calls',
  },
  'procedures-dispatching': {
    nl: 'Ontwikkelt procedures om noodoproepen naar de verantwoordelijke diensten te verdelen',
    en: 'Develops procedures for dispatching emergency calls to the responsible services',
  },
  'suit-competences-collaborateurs': {
    nl: 'Volgt de competenties van medewerkers op om opleidingsmogelijkheden met hen te bespreken',
    en: 'Follows staff competencies in order to discuss training opportunities with them',
  },
  'organise-reunions': {
    nl: 'Organiseert en leidt teamvergaderingen',
    en: 'Organises and chairs team meetings',
  },
  'questions-clarifier': {
    nl: 'Stelt vragen om het beschreven probleem te verduidelijken',
    en: 'Asks questions to clarify the problem described',
  },
  'refere-client': {
    nl: 'Verwijst de klant door naar een andere persoon of dienst',
    en: 'Refers the customer to another person or department',
  },
  'laisse-parler': {
    nl: 'Laat de klant uitspreken',
    en: 'Lets the customer speak',
  },
  'cherche-fichier-script': {
    nl: 'Zoekt tijdens het gesprek het nodige computerbestand en het passende script op',
    en: 'Looks up, during the conversation, the computer file and script needed',
  },
  'directives-appel': {
    nl: 'Volgt de gespreks- en presentatierichtlijnen van de organisatie',
    en: "Follows the organisation's call and presentation guidelines",
  },
  'adapte-langage': {
    nl: 'Past zijn taalgebruik aan de doelgroep aan',
    en: 'Adapts their language to the target group',
  },
  'suit-evolution': {
    nl: 'Volgt de evolutie in zijn vakgebieden',
    en: 'Keeps up with developments in their fields',
  },
  'documente-carriere': {
    nl: 'Documenteert de eigen loopbaan en begeleidt medewerkers bij het documenteren van hun loopbaan',
    en: 'Documents their own career and guides staff in documenting theirs',
  },
  'repond-questions-collaborateurs': {
    nl: 'Beantwoordt vragen van medewerkers',
    en: 'Answers staff questions',
  },
  'soutient-apprentissage': {
    nl: 'Ondersteunt de medewerker bij het aanleren van competenties',
    en: 'Supports staff while they learn skills',
  },
  'construit-connaissances': {
    nl: 'Bouwt voort op bestaande kennis en competenties',
    en: 'Builds on existing knowledge and skills',
  },
  'demonstration-equipement': {
    nl: 'Demonstreert de werking van uitrusting en materiaal en/of legt methoden en technieken uit',
    en: 'Demonstrates how equipment and materials work and/or explains methods and techniques',
  },
  'divise-missions': {
    nl: 'Deelt complexe opdrachten op in stappen',
    en: 'Breaks complex tasks into steps',
  },
  'adapte-langage-collaborateurs': {
    nl: 'Past het taalgebruik aan de medewerkers aan',
    en: 'Adapts language to staff',
  },
  'explique-travaux': {
    nl: 'Legt de uitvoering en het doel van de werkzaamheden uit',
    en: 'Explains how work is to be done and why',
  },
  'techniques-commerciales': {
    nl: 'Gebruikt verkooptechnieken',
    en: 'Uses sales techniques',
  },
  'informe-objectif': {
    nl: 'Informeert de contactpersoon over het doel van het gesprek volgens het script',
    en: 'Tells the contact person the purpose of the call as the script says',
  },
  'suivi-absents': {
    nl: 'Houdt bij wanneer afwezige respondenten opnieuw gecontacteerd moeten worden',
    en: 'Keeps track of when to call absent respondents back',
  },
};
