import { contentTexts } from '../content-texts';
import { dataExchange } from '../data-exchange/translations';
import { home } from '../home/translations';
import { mapPreview } from '../map-preview/translations';
import { strapiArabic } from './strapi-arabic';
import { typeNames } from './type-names';

/** Interface text per language, keyed by react-intl id: each feature of the panel brings its own. */
export type InterfaceTexts = { en: Record<string, string>; ar: Record<string, string> };

const FEATURES: InterfaceTexts[] = [strapiArabic, contentTexts, typeNames, mapPreview, home, dataExchange];

/** Every feature's text merged per language, as `config.translations` takes it. */
export const translations = {
  en: Object.assign({}, ...FEATURES.map((feature) => feature.en)) as Record<string, string>,
  ar: Object.assign({}, ...FEATURES.map((feature) => feature.ar)) as Record<string, string>,
};
