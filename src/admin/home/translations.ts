import type { InterfaceTexts } from '../translations';
import { typeNames } from '../translations/type-names';

/**
 * The home page's text: our widgets (Strapi's own text on that page is in translations/strapi-arabic.ts).
 * The evidence trail names content types as the translation workflow does (`<plugin>.type.<name>`):
 * the same names, under its id.
 */
const trailTypeNames = (names: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(names)
      .filter(([id]) => id.startsWith('translation-workflow.type.'))
      .map(([id, name]) => [id.replace('translation-workflow.', 'evidence-trail.'), name])
  );

export const home: InterfaceTexts = {
  en: {
    'home.incidents.title': 'Incidents awaiting verification',
    'home.incidents.none': 'No incident is awaiting verification.',
    'home.untitled': '(untitled)',
  },
  ar: {
    'home.incidents.title': 'حوادث بانتظار التحقق',
    'home.incidents.none': 'لا حادثة بانتظار التحقق.',
    'home.untitled': '(بلا عنوان)',
    ...trailTypeNames(typeNames.ar),
  },
};
