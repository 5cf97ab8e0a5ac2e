import type { ContentManagerPlugin, PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp, WidgetArgs } from '@strapi/strapi/admin';

type ContentManagerApis = Partial<ContentManagerPlugin['config']['apis']>;

/**
 * Adds edit-view side panels. Feature-detected, as side panels are the Content Manager's API since
 * Strapi 5: without it nothing is added and whatever else registered them keeps working.
 * `afterActions` puts them first after the entry's own actions (where Strapi places its preview),
 * for panels that are part of the work beside the form, not below panels that can run long.
 */
export function addEditViewSidePanels(app: Pick<StrapiApp, 'getPlugin'>, panels: PanelComponent[], { afterActions = false } = {}) {
  const contentManager = app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined;
  if (typeof contentManager?.addEditViewSidePanel !== 'function') return;
  if (!afterActions) {
    contentManager.addEditViewSidePanel(panels);
    return;
  }
  contentManager.addEditViewSidePanel((existing: PanelComponent[]) => {
    const actions = existing.findIndex((panel) => 'type' in panel && panel.type === 'actions');
    return [...existing.slice(0, actions + 1), ...panels, ...existing.slice(actions + 1)];
  });
}

/**
 * Registers a home-page widget. Widgets are a recent Strapi 5 API, so feature-detected: a plugin
 * still installs in a Strapi without them.
 */
export function registerHomeWidget(app: StrapiApp, widget: WidgetArgs) {
  const widgets = (app as Partial<Pick<StrapiApp, 'widgets'>>).widgets;
  if (typeof widgets?.register === 'function') widgets.register(widget);
}
