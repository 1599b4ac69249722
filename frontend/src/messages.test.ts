import { describe, expect, it } from 'vitest';
import { pickLanguage, t, translate } from './messages';

describe('message catalogues', () => {
  it('takes the first of the browser languages that has a catalogue, by full tag or by language', () => {
    expect(pickLanguage(['cy-GB', 'fr-FR', 'en'], ['en', 'fr'])).toBe('fr');
    expect(pickLanguage(['pt-BR'], ['en', 'pt-BR', 'pt'])).toBe('pt-BR');
    expect(pickLanguage(['de'], ['en'])).toBe('en');
    expect(pickLanguage([], ['en', 'fr'])).toBe('en');
  });

  it('fills placeholders, and falls back to English for a key a catalogue lacks', () => {
    const welsh = { signIn: 'Mewngofnodi', themeSize: '{size} testun' };
    expect(translate(welsh, 'signIn')).toBe('Mewngofnodi');
    expect(translate(welsh, 'themeSize', { size: 7 })).toBe('7 testun');
    expect(translate(welsh, 'signOut')).toBe('Sign out');
    expect(t('themeSize', { size: 3 })).toBe('3 texts');
  });
});
