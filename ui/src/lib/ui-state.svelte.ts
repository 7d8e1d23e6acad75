/** The UI's shared state: the current view from Rust, the screen shown, and the last error. */
import * as ipc from './ipc';
import type {
  GuideView,
  HandoutPage,
  PlanView,
  PracticeView,
  PresentationView,
  SearchView,
  SettingsChange,
  TermView,
  TranslatorView,
  UiView,
} from './ipc';
import { applyDocumentLocale } from './document-locale';
import { paintedWithFonts } from './paint';
import { text } from './text';

/** The screens of the citizen mode. */
export type Screen =
  | { name: 'home' }
  | { name: 'guide'; guide: GuideView; step: number }
  | { name: 'search'; results: SearchView | null }
  | { name: 'glossary'; terms: TermView[]; query: string; fromPractice: boolean }
  | { name: 'settings' }
  | { name: 'practice'; practice: PracticeView }
  | {
      name: 'presentation';
      presentation: PresentationView;
      step: number;
      /** The session plan's guides when the plan is being presented, else null. */
      plan: string[] | null;
      /** The practice run with the group, while one is open. */
      practice: PracticeView | null;
    }
  | { name: 'plan'; plan: PlanView; status: string | null; undo: string[] | null }
  | { name: 'handout'; guideId: string; step: number; lang: string; also: string | null; pages: HandoutPage[] }
  | { name: 'translator' };

class UiState {
  // The view models are replaced whole, never changed in place, so they are kept as Rust sent
  // them: deep proxies would wrap every text and step afresh on each step and language switch.
  view = $state.raw<UiView | null>(null);
  screen = $state.raw<Screen>({ name: 'home' });
  error = $state<string | null>(null);
  /** Translator mode's folder, reload count and check results; null while it is off. */
  translator = $state.raw<TranslatorView | null>(null);
  /** Why the folder given in settings could not be opened, shown beside the field. */
  translatorError = $state<string | null>(null);
  private stopListening: Promise<() => void> | null = null;
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;
  private notesReady: Promise<() => void> | null = null;

  /** Loads the UI in the saved or negotiated language: the view Rust gave the page, else over IPC. */
  async load(): Promise<void> {
    await this.attempt(async () => {
      const view = ipc.takeFirstView() ?? (await ipc.loadUi());
      // With the marks at the script's start and on the first screen, this splits a start into
      // loading the page, taking Rust's first view, and showing it.
      performance.mark('trinvis-view');
      this.show(view);
      await this.refreshTranslator();
    });
    void this.firstScreenShown();
  }

  /** Marks the first screen as ready for input once it is painted with its fonts. */
  private async firstScreenShown(): Promise<void> {
    await paintedWithFonts(document);
    // The benchmarks time a start from the process's launch to this mark.
    performance.mark('trinvis-interactive');
  }

  /** Switches language in place: no reload, and the open screen stays open. */
  async switchLocale(tag: string): Promise<void> {
    await this.attempt(async () => {
      const view = await ipc.setLocale(tag);
      // The open screen's texts are fetched before anything is shown, so the page changes
      // language and direction in one update and is laid out once, not twice.
      let apply = (): void => {};
      try {
        apply = await this.reloadedScreen();
      } finally {
        this.show(view);
      }
      apply();
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
    this.notePractice(practice);
  }

  /**
   * The presenter's notes window, if it is open, follows the practice screen. Rust formats the
   * note only while that window is open, so practising alone never reads the notes.
   */
  private notePractice(practice: PracticeView): void {
    void ipc
      .practiceNote()
      .then((note) =>
        note === null
          ? undefined
          : ipc.sendPresenterNote({ guideTitle: practice.title, counter: '', stepTitle: '', note }),
      )
      .catch(() => {});
  }

  /**
   * Presents a guide to a group: Danish beside the audience's language, which is the presenter's
   * own unless that is Danish, then English, until the presenter picks another.
   */
  async present(guide: string, step: number, audience?: string, plan: string[] | null = null): Promise<void> {
    const view = this.view;
    if (!view) return;
    const tag = audience ?? (view.locale === 'da' ? 'en' : view.locale);
    await this.attempt(async () => {
      const presentation = await ipc.presentGuide(guide, tag);
      const at = Math.min(step, presentation.danish.steps.length - 1);
      this.screen = { name: 'presentation', presentation, step: at, plan, practice: null };
      this.sendNote();
    });
  }

  /** Changes the group's language, in the presentation and in a practice open with the group. */
  async changeAudience(tag: string): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'presentation') return;
    await this.attempt(async () => {
      const [presentation, practice] = await Promise.all([
        ipc.presentGuide(screen.presentation.danish.id, tag),
        screen.practice ? ipc.practiceAudience(tag) : Promise.resolve(null),
      ]);
      this.screen = { ...screen, presentation, practice };
      this.sendNote();
    });
  }

  /** Whether the presentation follows a plan that has a guide after the one shown. */
  get hasNextGuide(): boolean {
    const screen = this.screen;
    if (screen.name !== 'presentation' || !screen.plan) return false;
    const at = screen.plan.indexOf(screen.presentation.danish.id);
    return at >= 0 && at < screen.plan.length - 1;
  }

  /** Presents the next guide of the plan, in the same language for the group. */
  async nextGuide(): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'presentation' || !screen.plan || !this.hasNextGuide) return;
    const next = screen.plan[screen.plan.indexOf(screen.presentation.danish.id) + 1];
    if (next) await this.present(next, 0, screen.presentation.audienceLocale, screen.plan);
  }

  /** Runs a practice flow with the group, its explanations in the group's language. */
  async startGroupPractice(flow: string): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'presentation') return;
    await this.attempt(async () => {
      const practice = await ipc.startPractice(flow, screen.presentation.audienceLocale);
      this.screen = { ...screen, practice };
      this.notePractice(practice);
    });
  }

  /** Sends one request for the practice run with the group. */
  async groupPractice(request: () => Promise<PracticeView>): Promise<void> {
    await this.attempt(async () => {
      const practice = await request();
      if (this.screen.name !== 'presentation') return;
      this.screen = { ...this.screen, practice };
      this.notePractice(practice);
    });
  }

  /** Back from the group's practice to the guide's presentation, at the same step. */
  stopGroupPractice(): void {
    const screen = this.screen;
    if (screen.name !== 'presentation') return;
    this.screen = { ...screen, practice: null };
    this.sendNote();
  }

  async openPlan(): Promise<void> {
    await this.attempt(async () => {
      this.screen = { name: 'plan', plan: await ipc.sessionPlan(), status: null, undo: null };
    });
  }

  /** Replaces the plan; a removal can be undone, with the plan as it was kept for that. */
  async changePlan(guides: string[], undoable: boolean): Promise<void> {
    const screen = this.screen;
    const view = this.view;
    if (screen.name !== 'plan' || !view) return;
    const before = screen.plan.guides.map((g) => g.id);
    await this.attempt(async () => {
      const plan = await ipc.setSessionPlan(guides);
      this.screen = undoable
        ? { name: 'plan', plan, status: text(view, 'plan-removed'), undo: before }
        : { name: 'plan', plan, status: null, undo: null };
    });
  }

  async undoPlan(): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'plan' || !screen.undo) return;
    const guides = screen.undo;
    await this.attempt(async () => {
      this.screen = { name: 'plan', plan: await ipc.setSessionPlan(guides), status: null, undo: null };
    });
  }

  async exportPlan(): Promise<void> {
    const view = this.view;
    if (this.screen.name !== 'plan' || !view) return;
    await this.attempt(async () => {
      const saved = await ipc.exportSessionPlan();
      if (saved && this.screen.name === 'plan') {
        this.screen = { ...this.screen, status: text(view, 'plan-exported'), undo: null };
      }
    });
  }

  /** Reads a plan from a file in place of this one, which undo brings back. */
  async importPlan(): Promise<void> {
    const screen = this.screen;
    const view = this.view;
    if (screen.name !== 'plan' || !view) return;
    const before = screen.plan.guides.map((g) => g.id);
    await this.attempt(async () => {
      const plan = await ipc.importSessionPlan();
      if (!plan) return;
      const status = [text(view, 'plan-imported'), plan.skipped].filter(Boolean).join(' ');
      this.screen = { name: 'plan', plan, status, undo: before };
    });
  }

  /** Presents the plan's guides one after the other. */
  async presentPlan(): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'plan') return;
    const guides = screen.plan.guides.map((g) => g.id);
    const first = guides[0];
    if (first) await this.present(first, 0, undefined, guides);
  }

  /**
   * A guide as a printable page: in the user's language with Danish beside it, or Danish alone
   * for a Danish user; both can be changed on the page.
   */
  async openHandout(guideId: string, step: number): Promise<void> {
    const view = this.view;
    if (!view) return;
    const also = view.locale === 'da' ? null : 'da';
    await this.showHandout(guideId, step, view.locale, also);
  }

  async changeHandout(lang: string, also: string | null): Promise<void> {
    const screen = this.screen;
    if (screen.name !== 'handout') return;
    await this.showHandout(screen.guideId, screen.step, lang, also);
  }

  private async showHandout(guideId: string, step: number, lang: string, also: string | null): Promise<void> {
    await this.attempt(async () => {
      const pages = await ipc.handout(guideId, lang, also);
      this.screen = { name: 'handout', guideId, step, lang, also, pages };
    });
  }

  async closeHandout(): Promise<void> {
    const screen = this.screen;
    if (screen.name === 'handout') await this.openGuide(screen.guideId, screen.step);
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
      // A new window asks for the note once it listens; one already open is sent it now.
      this.notesReady ??= ipc.onNotesReady(() => this.sendNote());
      await this.notesReady;
      await ipc.openNotesWindow();
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
    if (screen.practice) {
      this.notePractice(screen.practice);
      return;
    }
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
    (await this.reloadedScreen())();
  }

  /** The open screen fetched again in the current language, as a change still to be made. */
  private async reloadedScreen(): Promise<() => void> {
    const screen = this.screen;
    if (screen.name === 'guide') {
      const guide = await ipc.openGuide(screen.guide.id);
      return () => (this.screen = { name: 'guide', guide, step: screen.step });
    } else if (screen.name === 'glossary') {
      const terms = await ipc.glossary(screen.query);
      return () => (this.screen = { ...screen, terms });
    } else if (screen.name === 'practice') {
      const practice = await ipc.practiceView();
      return () => this.showPractice(practice);
    } else if (screen.name === 'presentation') {
      const presentation = await ipc.presentGuide(screen.presentation.danish.id, screen.presentation.audienceLocale);
      const practice = screen.practice ? await ipc.practiceView() : null;
      return () => (this.screen = { ...screen, presentation, practice });
    } else if (screen.name === 'plan') {
      const plan = await ipc.sessionPlan();
      return () => (this.screen = { ...screen, plan });
    } else if (screen.name === 'handout') {
      const pages = await ipc.handout(screen.guideId, screen.lang, screen.also);
      return () => (this.screen = { ...screen, pages });
    } else if (screen.name === 'search' && screen.results) {
      const results = await ipc.search(screen.results.query);
      return () => (this.screen = { name: 'search', results });
    }
    return () => {};
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
