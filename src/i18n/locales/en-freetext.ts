/** EN strings of the call's freeText feature (namespace `freeText`), merged into the screens' strings. */
const enFreeText = {
  freeText: {},
};

export default enFreeText;
