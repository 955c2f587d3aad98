/** FR strings of the call's freeText feature (namespace `freeText`), merged into the screens' strings. */
const frFreeText = {
  freeText: {},
};

export default frFreeText;
