import frTrainerAssign from './fr-trainer-assign';
import frTrainerCohort from './fr-trainer-cohort';
import frTrainerLms from './fr-trainer-lms';

/**
 * Strings of the trainer area, loaded with it only. Each section has its own file and top-level namespace
 * (rosetta merges top-level keys only). nl-trainer.ts has exactly the same keys.
 */
const frTrainer = {
  trainer: {
    heading: 'Espace formateur',
    sections: 'Sections de l’espace formateur',
    assign: 'Composer un devoir',
    cohort: 'Résultats du groupe',
    lms: 'Paquet pour la plateforme (LMS)',
  },
  ...frTrainerAssign,
  ...frTrainerCohort,
  ...frTrainerLms,
};

export default frTrainer;
