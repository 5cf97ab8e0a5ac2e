/** A typed accessor to a plugin's services: `getService('links')` returns what the `links` factory builds. */
export const serviceGetter =
  <Services extends Record<string, (...args: any[]) => unknown>>(pluginId: string) =>
  <Name extends keyof Services & string>(name: Name): ReturnType<Services[Name]> =>
    strapi.plugin(pluginId).service(name) as ReturnType<Services[Name]>;
