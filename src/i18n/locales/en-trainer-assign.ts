/** EN strings of the trainer area's « assign » section (namespace `assign`); same keys in every language. */
const enTrainerAssign = {
  assign: {},
};

export default enTrainerAssign;
