/** The UI's shared state: the current view from Rust, the screen shown, and the last error. */
import * as ipc from './ipc';
import type {
  GuideView,
  PracticeView,
  PresentationView,
  SearchView,
  SettingsChange,
  TermView,
  TranslatorView,
  UiView,
} from './ipc';
import { applyDocumentLocale } from './document-locale';
import { warmScriptFonts } from './fonts';
import { text } from './text';

/** The screens of the citizen mode. */
export type Screen =
  | { name: 'home' }
  | { name: 'guide'; guide: GuideView; step: number }
  | { name: 'search'; results: SearchView | null }
  | { name: 'glossary'; terms: TermView[]; query: string; fromPractice: boolean }
  | { name: 'settings' }
  | { name: 'practice'; practice: PracticeView }
  | { name: 'presentation'; presentation: PresentationView; step: number }
  | { name: 'translator' };

class UiState {
  view = $state<UiView | null>(null);
  screen = $state<Screen>({ name: 'home' });
  error = $state<string | null>(null);
  /** Translator mode's folder, reload count and check results; null while it is off. */
  translator = $state<TranslatorView | null>(null);
  /** Why the folder given in settings could not be opened, shown beside the field. */
  translatorError = $state<string | null>(null);
  private stopListening: Promise<() => void> | null = null;
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;

  /** Loads the UI in the saved or negotiated language. */
  async load(): Promise<void> {
    await this.attempt(async () => {
      this.show(await ipc.loadUi());
      await this.refreshTranslator();
    });
    requestAnimationFrame(() => warmScriptFonts(document.fonts));
  }

  /** Switches language in place: no reload, and the open screen stays open. */
  async switchLocale(tag: string): Promise<void> {
    await this.attempt(async () => {
      this.show(await ipc.setLocale(tag));
      await this.refreshScreen();
      // The status table's headers and the problems are in the user's language too.
      await this.refreshTranslator();
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
    // A group practice: the presenter's notes window follows the screen, if it is open.
    void ipc
      .sendPresenterNote({
        guideTitle: practice.title,
        counter: '',
        stepTitle: '',
        note: practice.presenterNote,
      })
      .catch(() => {});
  }

  /**
   * Presents a guide to a group: Danish beside the audience's language, which is the presenter's
   * own unless that is Danish, then English, until the presenter picks another.
   */
  async present(guide: string, step: number, audience?: string): Promise<void> {
    const view = this.view;
    if (!view) return;
    const tag = audience ?? (view.locale === 'da' ? 'en' : view.locale);
    await this.attempt(async () => {
      const presentation = await ipc.presentGuide(guide, tag);
      const at = Math.min(step, presentation.danish.steps.length - 1);
      this.screen = { name: 'presentation', presentation, step: at };
      this.sendNote();
    });
  }

  /** Moves the presentation to a step and tells the notes window. */
  presentStep(step: number): void {
    const screen = this.screen;
    if (screen.name !== 'presentation') return;
    this.screen = { ...screen, step };
    this.sendNote();
  }

  /** Leaves the presentation for the guide, at the step shown, out of full screen. */
  async stopPresenting(): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'presentation') return;
    await ipc.leaveFullscreen().catch(() => {});
    await ipc.closeNotesWindow().catch(() => {});
    await this.openGuide(screen.presentation.danish.id, screen.step);
  }

  async openNotes(): Promise<void> {
    await this.attempt(async () => {
      await ipc.openNotesWindow();
      // The new window needs a moment to listen; the note is sent again once it can hear it.
      setTimeout(() => this.sendNote(), 800);
      this.sendNote();
    });
  }

  private sendNote(): void {
    const screen = this.screen;
    if (screen.name === 'practice') {
      this.showPractice(screen.practice);
      return;
    }
    if (screen.name !== 'presentation') return;
    const own = screen.presentation;
    // The notes and the titles around them are in the presenter's own language.
    void ipc.openGuide(own.danish.id).then((guide) => {
      const step = guide.steps[screen.step];
      if (!step) return;
      return ipc.sendPresenterNote({
        guideTitle: guide.title,
        counter: step.counter,
        stepTitle: step.title,
        note: own.notes[screen.step] ?? '',
      });
    }).catch(() => {});
  }

  openSearch(): void {
    this.screen = { name: 'search', results: null };
  }

  async search(query: string): Promise<void> {
    await this.attempt(async () => {
      this.screen = { name: 'search', results: await ipc.search(query) };
    });
  }

  /** Opens the glossary; from a practice, it offers the way back to the same screen. */
  async openGlossary(fromPractice = false): Promise<void> {
    await this.attempt(async () => {
      this.screen = { name: 'glossary', terms: await ipc.glossary(), query: '', fromPractice };
    });
  }

  /** Filters the glossary by words in Danish or the learner's language. */
  async filterGlossary(query: string): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'glossary') return;
    await this.attempt(async () => {
      const terms = await ipc.glossary(query);
      // A slower answer to an earlier keystroke must not replace a newer one.
      if (this.screen.name === 'glossary' && this.screen.query === query) this.screen = { ...this.screen, terms };
    });
  }

  setGlossaryQuery(query: string): void {
    if (this.screen.name === 'glossary') this.screen = { ...this.screen, query };
  }

  /** Back from the glossary to the practice, at the screen it was left on. */
  async backToPractice(): Promise<void> {
    await this.attempt(async () => this.showPractice(await ipc.practiceView()));
  }

  openSettings(): void {
    this.screen = { name: 'settings' };
  }

  openTranslator(): void {
    if (this.translator) this.screen = { name: 'translator' };
  }

  /** Opens a locale folder in translator mode; a refusal is shown beside the folder field. */
  async startTranslator(folder: string): Promise<void> {
    try {
      const translator = await ipc.translatorStart(folder);
      this.translator = translator;
      this.translatorError = null;
      this.show(await ipc.loadUi());
      this.screen = { name: 'translator' };
      this.error = null;
    } catch (error) {
      this.translatorError = ipc.isCommandError(error)
        ? error.message
        : this.view
          ? text(this.view, 'error-generic')
          : null;
    }
  }

  async stopTranslator(): Promise<void> {
    await this.attempt(async () => {
      this.show(await ipc.translatorStop());
      await this.refreshScreen();
    });
  }

  /**
   * Shows the texts just reloaded from disk on the open screen, at the same step. Saves come in
   * bursts (an editor may write a file twice), so a reload that arrives while one is being shown
   * is folded into one more pass rather than run alongside it.
   */
  reloadFromDisk(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        await this.attempt(async () => {
          // The new texts show as soon as they arrive; the check's results may take longer.
          const [, translator] = await Promise.all([
            ipc.loadUi().then(async (view) => {
              this.show(view);
              await this.refreshScreen();
            }),
            ipc.translatorView(),
          ]);
          this.translator = translator;
        });
      } while (this.reloadAgain);
      this.reloading = null;
    })();
    return this.reloading;
  }

  private async refreshTranslator(): Promise<void> {
    if (this.view?.translator) this.translator = await ipc.translatorView();
  }

  private async refreshScreen(): Promise<void> {
    const screen = this.screen;
    if (screen.name === 'guide') {
      const guide = await ipc.openGuide(screen.guide.id);
      this.screen = { name: 'guide', guide, step: screen.step };
    } else if (screen.name === 'glossary') {
      this.screen = { ...screen, terms: await ipc.glossary(screen.query) };
    } else if (screen.name === 'practice') {
      this.showPractice(await ipc.practiceView());
    } else if (screen.name === 'presentation') {
      const presentation = await ipc.presentGuide(screen.presentation.danish.id, screen.presentation.audienceLocale);
      this.screen = { ...screen, presentation };
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
    this.followTranslatorMode(view.translator);
  }

  /** Listens for reloads from disk exactly while translator mode is on, however it was turned on. */
  private followTranslatorMode(on: boolean): void {
    if (!on) {
      this.translator = null;
      if (this.screen.name === 'translator') this.screen = { name: 'settings' };
    }
    if (on && !this.stopListening) {
      const listening = ipc.onTranslatorReloaded(() => void this.reloadFromDisk());
      this.stopListening = listening;
      listening.catch(() => {
        // Without the event the texts still change on the next screen; say so once.
        if (this.stopListening === listening) this.stopListening = null;
        if (this.view) this.error = text(this.view, 'error-generic');
      });
    } else if (!on && this.stopListening) {
      const stopping = this.stopListening;
      this.stopListening = null;
      stopping.then(
        (unlisten) => unlisten(),
        () => {},
      );
    }
  }
}

/** The app's UI state. */
export const ui = new UiState();
