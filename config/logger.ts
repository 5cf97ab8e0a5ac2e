/** LOG_LEVEL=warn quiets request logs (the test suite sets it); Strapi's default is http. */
export default {
  level: process.env.LOG_LEVEL ?? 'http',
};
