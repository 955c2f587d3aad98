/** EN strings of the trainer area's « cohort » section (namespace `cohort`); same keys in every language. */
const enTrainerCohort = {
  cohort: {},
};

export default enTrainerCohort;
