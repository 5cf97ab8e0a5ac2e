import schema from './state/schema.json';

export default {
  state: { schema },
};
