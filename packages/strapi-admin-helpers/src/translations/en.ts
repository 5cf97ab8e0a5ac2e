export default {
  loading: "Loading…",
  'load-error': "Could not load this. Reload the page to try again."
};
