/** EN strings of the trainer area's « lms » section (namespace `lms`); same keys in every language. */
const enTrainerLms = {
  lms: {},
};

export default enTrainerLms;
