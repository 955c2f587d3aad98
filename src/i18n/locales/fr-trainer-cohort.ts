/** FR strings of the trainer area's « cohort » section (namespace `cohort`); same keys in every language. */
const frTrainerCohort = {
  cohort: {},
};

export default frTrainerCohort;
