/** NL strings of the call's freeText feature (namespace `freeText`), merged into the screens' strings. */
const nlFreeText = {
  freeText: {},
};

export default nlFreeText;
