import { describe, expect, it } from 'vitest';
import { sanitizeSettings } from '../../src/store/settings-slice';

describe('stored settings', () => {
  it('keeps well-formed values', () => {
    expect(sanitizeSettings({ uiLanguage: 'nl', muted: true })).toEqual({ uiLanguage: 'nl', muted: true });
  });

  it('drops corrupted values field by field, keeping the rest', () => {
    expect(sanitizeSettings({ uiLanguage: 'klingon', muted: true })).toEqual({ muted: true });
    expect(sanitizeSettings({ uiLanguage: 'en', muted: 'yes' })).toEqual({ uiLanguage: 'en' });
    expect(sanitizeSettings('garbage')).toEqual({});
    expect(sanitizeSettings(null)).toEqual({});
  });

  it('keeps the answer mode (choices or free text) and drops an unknown one', () => {
    expect(sanitizeSettings({ answerMode: 'free-text' })).toEqual({ answerMode: 'free-text' });
    expect(sanitizeSettings({ answerMode: 'choices', muted: false })).toEqual({
      answerMode: 'choices',
      muted: false,
    });
    expect(sanitizeSettings({ answerMode: 'voice', muted: true })).toEqual({ muted: true });
  });
});
