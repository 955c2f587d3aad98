/** NL strings of the trainer area's « cohort » section (namespace `cohort`); same keys in every language. */
const nlTrainerCohort = {
  cohort: {},
};

export default nlTrainerCohort;
