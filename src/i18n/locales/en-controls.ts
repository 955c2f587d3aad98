/** EN strings of the call's callControls feature (namespace `callControls`), merged into the screens' strings. */
const enCallControls = {
  callControls: {},
};

export default enCallControls;
