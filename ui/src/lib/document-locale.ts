/** Puts the chosen locale on the document, so CSS :lang() and logical properties follow it. */
import type { UiView } from './ipc';
import { text } from './text';

/** Sets `<html lang dir>` and the document title for a view. */
export function applyDocumentLocale(doc: Document, view: UiView): void {
  doc.documentElement.lang = view.locale;
  doc.documentElement.dir = view.dir;
  doc.title = text(view, 'window-title');
}
