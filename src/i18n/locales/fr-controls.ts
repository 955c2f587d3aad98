/** FR strings of the call's callControls feature (namespace `callControls`), merged into the screens' strings. */
const frCallControls = {
  callControls: {},
};

export default frCallControls;
