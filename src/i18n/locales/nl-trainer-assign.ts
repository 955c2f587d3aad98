/** NL strings of the trainer area's « assign » section (namespace `assign`); same keys in every language. */
const nlTrainerAssign = {
  assign: {},
};

export default nlTrainerAssign;
