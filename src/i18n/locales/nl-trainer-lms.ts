/** NL strings of the trainer area's « lms » section (namespace `lms`); same keys in every language. */
const nlTrainerLms = {
  lms: {},
};

export default nlTrainerLms;
