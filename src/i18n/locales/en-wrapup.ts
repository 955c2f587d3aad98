/** EN strings of the call's wrapUp feature (namespace `wrapUp`), merged into the screens' strings. */
const enWrapUp = {
  wrapUp: {},
};

export default enWrapUp;
