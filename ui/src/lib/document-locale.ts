/** Puts the chosen locale and display settings on the document, so CSS follows them. */
import type { UiView } from './ipc';
import { text } from './text';

/** Sets `<html lang dir>`, the text size, the contrast theme and the title for a view. */
export function applyDocumentLocale(doc: Document, view: UiView): void {
  const root = doc.documentElement;
  root.lang = view.locale;
  root.dir = view.dir;
  root.style.setProperty('--text-scale', String(view.settings.textSize / 100));
  root.classList.toggle('high-contrast', view.settings.highContrast);
  doc.title = text(view, 'window-title');
}
