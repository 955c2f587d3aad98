/** NL strings of the call's wrapUp feature (namespace `wrapUp`), merged into the screens' strings. */
const nlWrapUp = {
  wrapUp: {},
};

export default nlWrapUp;
