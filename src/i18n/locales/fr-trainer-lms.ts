/** FR strings of the trainer area's « lms » section (namespace `lms`); same keys in every language. */
const frTrainerLms = {
  lms: {},
};

export default frTrainerLms;
