import { describe, expect, it } from 'vitest';
import { applyDocumentLocale } from './document-locale';
import { text } from './text';
import { danishView } from '../test/fixtures';

describe('applyDocumentLocale', () => {
  it('sets lang, dir and title from the view', () => {
    const view = { ...danishView(), locale: 'ar', dir: 'rtl' as const };
    view.text['window-title'] = 'Trinvis';
    applyDocumentLocale(document, view);
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.title).toBe('Trinvis');
  });

  it('applies the text size and contrast settings', () => {
    const view = danishView();
    view.settings = { ...view.settings, textSize: 175, highContrast: true };
    applyDocumentLocale(document, view);
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.75');
    expect(document.documentElement.classList.contains('high-contrast')).toBe(true);
    applyDocumentLocale(document, danishView());
    expect(document.documentElement.classList.contains('high-contrast')).toBe(false);
  });

  it('switches back to left to right', () => {
    applyDocumentLocale(document, { ...danishView(), locale: 'ar', dir: 'rtl' });
    applyDocumentLocale(document, danishView());
    expect(document.documentElement.lang).toBe('da');
    expect(document.documentElement.dir).toBe('ltr');
  });
});

describe('text', () => {
  it('shows the localised missing note, never a raw message ID', () => {
    expect(text(danishView(), 'no-such-message')).toBe('(Teksten mangler)');
    expect(text(danishView(), 'home-title')).toBe('Velkommen til Trinvis');
  });
});
