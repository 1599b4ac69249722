// Every text the web app shows comes from a catalogue in locales/, one JSON file per language
// with the same keys (en.json is complete). A new language is a new file: no code changes.
import en from './locales/en.json';

export type MessageKey = keyof typeof en;
export type Catalogue = Partial<Record<MessageKey, string>>;

const catalogues: Record<string, Catalogue> = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: Catalogue }>('./locales/*.json', { eager: true }))
    .map(([path, module]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), module.default]),
);

/** The first of the person's languages (as the browser lists them) that has a catalogue; else English. */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const match = available.find((a) => a.toLowerCase() === lower)
      ?? available.find((a) => a.toLowerCase() === lower.split('-')[0]);
    if (match) return match;
  }
  return 'en';
}

export const language = pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? [],
  Object.keys(catalogues));
const active: Catalogue = catalogues[language] ?? en;
if (typeof document !== 'undefined') document.documentElement.lang = language;

/** A message of the catalogue with its {placeholders} filled; English where the catalogue lacks the key. */
export function translate(catalogue: Catalogue, key: MessageKey, params: Record<string, string | number> = {}): string {
  return (catalogue[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return translate(active, key, params);
}
