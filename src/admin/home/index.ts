import { SealCheck } from '@strapi/icons';
import type { StrapiApp, WidgetArgs } from '@strapi/strapi/admin';
import { INCIDENT } from '../../uids';
import { homeMessage } from './messages';
import { dismissStrapiPromotions } from './strapi-promotions';

/**
 * Strapi's generic widgets this newsroom does without: "Project statistics" (counts of content
 * types, components, locales, webhooks and API tokens: a developer's view) and "Entries" (drafts,
 * modified and published across everything: nothing to act on). "Deploy" (Strapi Cloud) is only
 * there with the Cloud plugin; listed so that it stays gone if that is ever installed.
 */
const LEFT_OUT = ['plugin::admin.key-statistics', 'plugin::content-manager.chart-entries', 'plugin::admin.deploy-now'];

/** Ours first, in this order: what waits for someone, then what happened; Strapi's kept ones after. */
const FIRST = [
  'plugin::translation-workflow.translations-waiting',
  'global::incidents-awaiting-verification',
  'plugin::evidence-trail.latest-changes',
  'plugin::content-manager.last-edited-entries',
  'plugin::content-manager.last-published-entries',
  'plugin::admin.profile-info',
];

/** The uid Strapi gives a widget (core/apis/Widgets). */
const uidOf = (widget: WidgetArgs) => (widget.pluginId ? `plugin::${widget.pluginId}.${widget.id}` : `global::${widget.id}`);
const rank = (widget: WidgetArgs) => {
  const index = FIRST.indexOf(uidOf(widget));
  return index === -1 ? FIRST.length : index;
};

/**
 * The home page of this newsroom. Called from the app's `register`, which runs after every
 * plugin's (so their widgets are there to order) and before the panel renders.
 */
export function registerHomePage(app: StrapiApp) {
  // Set by the admin panel before any register (its `window.strapi`, typed here as the server's).
  dismissStrapiPromotions((window as unknown as { strapi: { backendURL: string } }).strapi.backendURL);
  app.widgets.register({
    id: 'incidents-awaiting-verification',
    icon: SealCheck,
    title: homeMessage('incidents.title'),
    component: () => import('./IncidentsWidget').then((module) => module.IncidentsWidget),
    // Only for those who may read incidents in the Content Manager, whose list it reads.
    permissions: [{ action: 'plugin::content-manager.explorer.read', subject: INCIDENT }],
  });
  app.widgets.register((widgets) =>
    widgets
      .filter((widget) => !LEFT_OUT.includes(uidOf(widget)))
      .map((widget, index) => ({ widget, index }))
      .sort((a, b) => rank(a.widget) - rank(b.widget) || a.index - b.index)
      .map(({ widget }) => widget)
  );
}
