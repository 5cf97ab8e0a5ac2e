import schema from './state/schema';

export default {
  state: { schema },
};
