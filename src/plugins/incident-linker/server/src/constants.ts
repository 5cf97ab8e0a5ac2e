/** The link content type; what the admin panel shares with the server is in ../../shared. */
export const LINK = 'plugin::incident-linker.link';
