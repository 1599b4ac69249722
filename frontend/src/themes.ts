import { t, type MessageKey } from './messages';

export const MISSION_THEMES = ['health', 'climate', 'housing', 'safety', 'education', 'economy', 'other'];

export function themeLabel(theme: string | null): string {
  return theme && MISSION_THEMES.includes(theme) ? t(`theme_${theme}` as MessageKey) : t('noTheme');
}
