import type { StrapiApp } from '@strapi/strapi/admin';
import { addEditViewSidePanels } from '@syria-cms/strapi-admin-helpers';
import { MapPreviewPanel } from './MapPreviewPanel';

/**
 * Adds the "Map" panel to the edit views of locations and incidents (it shows nothing elsewhere),
 * right after the entry's own actions panel: a glance at the map is the first check of a place.
 */
export function registerMapPreview(app: Pick<StrapiApp, 'getPlugin'>) {
  addEditViewSidePanels(app, [MapPreviewPanel], { afterActions: true });
}
