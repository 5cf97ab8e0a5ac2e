import schema from './link/schema.json';

export default {
  link: { schema },
};
