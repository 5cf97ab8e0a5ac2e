/** The state content type; what the admin panel shares with the server is in ../../shared. */
export const STATE = 'plugin::translation-workflow.state';
