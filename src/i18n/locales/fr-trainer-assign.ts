/** FR strings of the trainer area's « assign » section (namespace `assign`); same keys in every language. */
const frTrainerAssign = {
  assign: {},
};

export default frTrainerAssign;
