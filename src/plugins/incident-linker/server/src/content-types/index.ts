import schema from './link/schema';

export default {
  link: { schema },
};
