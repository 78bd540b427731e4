import i18next from 'i18next';

/** A screen's texts in both languages, the same keys in each (the type checks it). */
export interface Texts<T extends object> {
  vi: T;
  en: { [K in keyof T]: T[K] extends string ? string : T[K] extends object ? { [L in keyof T[K]]: string } : never };
}

/**
 * Registers a screen's texts under its name (`t('month.title')`), from the screen's own module: a
 * screen loaded only where it is used brings its texts with it, and no central file lists them all.
 */
export function addTexts<T extends object>(name: string, texts: Texts<T>) {
  for (const language of ['vi', 'en'] as const) {
    i18next.addResourceBundle(language, 'translation', { [name]: texts[language] }, true, true);
  }
}
