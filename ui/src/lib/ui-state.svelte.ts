/** The UI's shared state: the current view from Rust, the screen shown, and the last error. */
import * as ipc from './ipc';
import type { GuideView, PracticeView, SearchView, SettingsChange, TermView, UiView } from './ipc';
import { applyDocumentLocale } from './document-locale';
import { warmScriptFonts } from './fonts';
import { text } from './text';

/** The screens of the citizen mode. */
export type Screen =
  | { name: 'home' }
  | { name: 'guide'; guide: GuideView; step: number }
  | { name: 'search'; results: SearchView | null }
  | { name: 'glossary'; terms: TermView[] }
  | { name: 'settings' }
  | { name: 'practice'; practice: PracticeView };

class UiState {
  view = $state<UiView | null>(null);
  screen = $state<Screen>({ name: 'home' });
  error = $state<string | null>(null);

  /** Loads the UI in the saved or negotiated language. */
  async load(): Promise<void> {
    await this.attempt(async () => this.show(await ipc.loadUi()));
    requestAnimationFrame(() => warmScriptFonts(document.fonts));
  }

  /** Switches language in place: no reload, and the open screen stays open. */
  async switchLocale(tag: string): Promise<void> {
    await this.attempt(async () => {
      this.show(await ipc.setLocale(tag));
      await this.refreshScreen();
    });
  }

  async changeSettings(change: SettingsChange): Promise<void> {
    await this.attempt(async () => this.show(await ipc.changeSettings(change)));
  }

  async forgetEverything(): Promise<void> {
    await this.attempt(async () => {
      this.show(await ipc.forgetEverything());
      this.screen = { name: 'home' };
    });
  }

  async dismissNotice(): Promise<void> {
    await this.attempt(async () => {
      await ipc.dismissNotice();
      if (this.view) this.view = { ...this.view, notice: null };
    });
  }

  goHome(): Promise<void> {
    // The home screen shows progress, so it is read fresh.
    return this.attempt(async () => {
      this.show(await ipc.loadUi());
      this.screen = { name: 'home' };
    });
  }

  async openGuide(id: string, step?: number): Promise<void> {
    await this.attempt(async () => {
      const guide = await ipc.openGuide(id);
      const at = Math.min(step ?? guide.position, guide.steps.length - 1);
      this.screen = { name: 'guide', guide, step: at };
      await ipc.recordStep(id, at);
    });
  }

  /** Moves within the open guide; the step is saved at once, so a hard kill loses nothing. */
  async goToStep(step: number): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'guide' || step < 0 || step >= screen.guide.steps.length) return;
    this.screen = { ...screen, step };
    await this.attempt(() => ipc.recordStep(screen.guide.id, step));
  }

  async startPractice(flow: string): Promise<void> {
    await this.attempt(async () => this.showPractice(await ipc.startPractice(flow)));
  }

  /** Sends one practice request; the engine in Rust answers with the next screen. */
  async practice(request: () => Promise<PracticeView>): Promise<void> {
    await this.attempt(async () => this.showPractice(await request()));
  }

  private showPractice(practice: PracticeView): void {
    this.screen = { name: 'practice', practice };
  }

  openSearch(): void {
    this.screen = { name: 'search', results: null };
  }

  async search(query: string): Promise<void> {
    await this.attempt(async () => {
      this.screen = { name: 'search', results: await ipc.search(query) };
    });
  }

  async openGlossary(): Promise<void> {
    await this.attempt(async () => {
      this.screen = { name: 'glossary', terms: await ipc.glossary() };
    });
  }

  openSettings(): void {
    this.screen = { name: 'settings' };
  }

  private async refreshScreen(): Promise<void> {
    const screen = this.screen;
    if (screen.name === 'guide') {
      const guide = await ipc.openGuide(screen.guide.id);
      this.screen = { name: 'guide', guide, step: screen.step };
    } else if (screen.name === 'glossary') {
      this.screen = { name: 'glossary', terms: await ipc.glossary() };
    } else if (screen.name === 'practice') {
      this.showPractice(await ipc.practiceView());
    } else if (screen.name === 'search' && screen.results) {
      this.screen = { name: 'search', results: await ipc.search(screen.results.query) };
    }
  }

  private async attempt(work: () => Promise<void>): Promise<void> {
    try {
      await work();
      this.error = null;
    } catch (error) {
      this.error = ipc.isCommandError(error)
        ? error.message
        : this.view
          ? text(this.view, 'error-generic')
          : null;
    }
  }

  private show(view: UiView): void {
    this.view = view;
    applyDocumentLocale(document, view);
  }
}

/** The app's UI state. */
export const ui = new UiState();
