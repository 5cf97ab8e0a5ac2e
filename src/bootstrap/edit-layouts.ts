import type { Core } from '@strapi/strapi';

/**
 * Edit-view layouts the Content Manager cannot infer: a casualty range reads as a pair, so each
 * minimum sits beside its maximum, and the children and women beside each other. Strapi's default
 * puts three numbers a row, which splits every pair. Applied at each start, as configuration kept
 * with the code (a layout changed in "Configure the view" is set back on restart).
 */
const EDIT_LAYOUTS: Record<string, { name: string; size: number }[][]> = {
  'incident.casualties': [
    [{ name: 'killedMin', size: 6 }, { name: 'killedMax', size: 6 }],
    [{ name: 'injuredMin', size: 6 }, { name: 'injuredMax', size: 6 }],
    [{ name: 'childrenKilled', size: 6 }, { name: 'womenKilled', size: 6 }],
    [{ name: 'childrenInjured', size: 6 }, { name: 'womenInjured', size: 6 }],
    [{ name: 'notes', size: 12 }],
  ],
};

export async function ensureEditLayouts(strapi: Core.Strapi) {
  const components = strapi.plugin('content-manager').service('components');
  for (const [uid, edit] of Object.entries(EDIT_LAYOUTS)) {
    const component = strapi.components[uid as keyof typeof strapi.components];
    const configuration = await components.findConfiguration(component);
    if (JSON.stringify(configuration.layouts.edit) === JSON.stringify(edit)) continue;
    const { uid: _uid, category: _category, isComponent: _isComponent, ...stored } = configuration;
    await components.updateConfiguration(component, { ...stored, layouts: { ...stored.layouts, edit } });
  }
}
