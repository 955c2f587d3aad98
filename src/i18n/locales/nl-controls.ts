/** NL strings of the call's callControls feature (namespace `callControls`), merged into the screens' strings. */
const nlCallControls = {
  callControls: {},
};

export default nlCallControls;
