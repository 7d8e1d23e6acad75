/** The UI's one piece of shared state: the current view and the last error, if any. */
import { isCommandError, loadUi, setLocale, type UiView } from './ipc';
import { applyDocumentLocale } from './document-locale';
import { warmScriptFonts } from './fonts';
import { text } from './text';

class UiState {
  view = $state<UiView | null>(null);
  error = $state<string | null>(null);

  /** Loads the UI in the language Rust negotiated. */
  async load(): Promise<void> {
    this.show(await loadUi());
    requestAnimationFrame(() => warmScriptFonts(document.fonts));
  }

  /** Switches language in place: no reload, nothing else on screen is lost. */
  async switchLocale(tag: string): Promise<void> {
    try {
      this.show(await setLocale(tag));
    } catch (error) {
      this.error = isCommandError(error)
        ? error.message
        : this.view
          ? text(this.view, 'error-generic')
          : null;
    }
  }

  private show(view: UiView): void {
    this.view = view;
    this.error = null;
    applyDocumentLocale(document, view);
  }
}

/** The app's UI state. */
export const ui = new UiState();
