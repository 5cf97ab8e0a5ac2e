import { CONTENT_TYPE_TEXTS } from '../content-texts';
import type { InterfaceTexts } from '.';

/** The names of this app's content types where the plugins show them (the translation queue). */
const namesIn = (language: keyof InterfaceTexts) =>
  Object.fromEntries(
    Object.entries(CONTENT_TYPE_TEXTS).map(([uid, type]) => [`translation-workflow.type.${uid.split('.').pop()}`, type.name[language]])
  );

export const typeNames: InterfaceTexts = { en: namesIn('en'), ar: namesIn('ar') };
