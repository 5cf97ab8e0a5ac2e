import type { ContentManagerPlugin, PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { MapPreviewPanel } from './MapPreviewPanel';

type ContentManagerApis = Partial<ContentManagerPlugin['config']['apis']>;

/**
 * Adds the "Map" panel to the edit views of locations and incidents (it shows nothing elsewhere),
 * right after the entry's own actions panel: a glance at the map is the first check of a place.
 */
export function registerMapPreview(app: Pick<StrapiApp, 'getPlugin'>) {
  const contentManager = app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined;
  if (typeof contentManager?.addEditViewSidePanel !== 'function') return;
  contentManager.addEditViewSidePanel((panels: PanelComponent[]) => {
    const actions = panels.findIndex((panel) => panel.type === 'actions');
    return [...panels.slice(0, actions + 1), MapPreviewPanel, ...panels.slice(actions + 1)];
  });
}
