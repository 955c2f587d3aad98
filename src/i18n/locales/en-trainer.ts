import enTrainerAssign from './en-trainer-assign';
import enTrainerCohort from './en-trainer-cohort';
import enTrainerLms from './en-trainer-lms';

/**
 * Strings of the trainer area, loaded with it only. Each section has its own file and top-level namespace
 * (rosetta merges top-level keys only). fr-trainer.ts has exactly the same keys.
 */
const enTrainer = {
  trainer: {
    heading: 'Trainer area',
    sections: 'Sections of the trainer area',
    assign: 'Compose an assignment',
    cohort: 'Group results',
    lms: 'Package for the learning platform (LMS)',
  },
  ...enTrainerAssign,
  ...enTrainerCohort,
  ...enTrainerLms,
};

export default enTrainer;
