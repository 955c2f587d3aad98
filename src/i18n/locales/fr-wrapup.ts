/** FR strings of the call's wrapUp feature (namespace `wrapUp`), merged into the screens' strings. */
const frWrapUp = {
  wrapUp: {},
};

export default frWrapUp;
