import nlTrainerAssign from './nl-trainer-assign';
import nlTrainerCohort from './nl-trainer-cohort';
import nlTrainerLms from './nl-trainer-lms';

/**
 * Strings of the trainer area, loaded with it only. Each section has its own file and top-level namespace
 * (rosetta merges top-level keys only). fr-trainer.ts has exactly the same keys.
 */
const nlTrainer = {
  trainer: {
    heading: 'Trainersruimte',
    sections: 'Onderdelen van de trainersruimte',
    assign: 'Opdracht samenstellen',
    cohort: 'Resultaten van de groep',
    lms: 'Pakket voor het leerplatform (LMS)',
  },
  ...nlTrainerAssign,
  ...nlTrainerCohort,
  ...nlTrainerLms,
};

export default nlTrainer;
