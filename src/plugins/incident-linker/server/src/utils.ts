import type services from './services';

type Services = typeof services;
type ServiceName = keyof Services;

/** The plugin's services, typed by their factories. */
export const getService = <Name extends ServiceName>(name: Name): ReturnType<Services[Name]> =>
  strapi.plugin('incident-linker').service(name) as ReturnType<Services[Name]>;
