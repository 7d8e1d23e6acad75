/** Typed calls to the Rust commands; the shapes mirror the Rust view models in views.rs. */
import { invoke } from '@tauri-apps/api/core';
import { emitTo, listen, type UnlistenFn } from '@tauri-apps/api/event';
import { getCurrentWindow } from '@tauri-apps/api/window';

export type Direction = 'ltr' | 'rtl';

/** One language on the language picker, named in itself. */
export interface LanguageOption {
  tag: string;
  name: string;
  dir: Direction;
  /** A translator's pseudo-locale (translator mode only). */
  pseudo: boolean;
  /** Who reviewed the translation, or that nobody has yet, in the language itself. */
  review: string;
}

/** One text size to choose from. */
export interface TextSizeOption {
  value: number;
  label: string;
}

/** The settings as the settings screen shows them. */
export interface SettingsView {
  secondLanguage: string;
  textSize: number;
  textSizeOptions: TextSizeOption[];
  highContrast: boolean;
}

/** "Continue where you left off". */
export interface ResumeView {
  guideId: string;
  title: string;
  step: number;
  stepLabel: string;
}

/** A guide as listed under its topic. */
export interface GuideCard {
  id: string;
  title: string;
  summary: string;
  minutesLabel: string;
  completed: boolean;
}

/** A practice flow as listed under its topic. */
export interface PracticeCard {
  id: string;
  title: string;
}

/** One topic on the home screen. */
export interface TopicView {
  id: string;
  title: string;
  summary: string;
  guides: GuideCard[];
  practice: PracticeCard[];
}

/** The UI shell and home screen in one locale. */
export interface UiView {
  locale: string;
  dir: Direction;
  text: Record<string, string>;
  screens: Record<string, string>;
  languages: LanguageOption[];
  firstRun: boolean;
  settings: SettingsView;
  notice: string | null;
  resume: ResumeView | null;
  topics: TopicView[];
  /** True while translator mode shows texts from a locale folder on disk. */
  translator: boolean;
}

/** A Danish word from the screens and what it means. */
export interface TermView {
  id: string;
  danish: string;
  meaning: string;
  /** A short sentence showing where the learner meets the word. */
  example: string;
}

/** One step of a guide. */
export interface StepView {
  title: string;
  body: string;
  counter: string;
  illustration: string | null;
  terms: TermView[];
}

/** A guide with every step formatted. */
export interface GuideView {
  id: string;
  title: string;
  summary: string;
  position: number;
  steps: StepView[];
  /** The short check after the last step; empty when the guide has none. */
  questions: QuestionView[];
}

/** A guide as presented to a group: Danish beside the audience's language, notes per step. */
export interface PresentationView {
  danish: GuideView;
  audience: GuideView;
  audienceLocale: string;
  audienceDir: Direction;
  /** One note per step, in the presenter's own language. */
  notes: string[];
  /** The practice flows of the guide's topic, to run with the group. */
  practice: PracticeCard[];
}

/** The ambassador's session plan. */
export interface PlanView {
  guides: GuideCard[];
  countLabel: string;
  minutesLabel: string;
  /** After a plan is read from a file: how many of its guides this version does not have. */
  skipped: string | null;
}

/** One language's column of a printable handout. */
export interface HandoutPage {
  guide: GuideView;
  locale: string;
  dir: Direction;
  keyWords: string;
  hotlinesTitle: string;
  hotlines: string;
}

/** What the presenter's notes window shows: the note for the step on the big screen. */
export interface PresenterNote {
  guideTitle: string;
  counter: string;
  stepTitle: string;
  note: string;
}

/** A question in a guide's closing check. */
export interface QuestionView {
  id: string;
  text: string;
  answers: AnswerView[];
}

/** One answer to a check question, with why it is right or wrong. */
export interface AnswerView {
  id: string;
  text: string;
  feedback: string;
  right: boolean;
}

/** One search result. */
export interface SearchHitView {
  guideId: string;
  guideTitle: string;
  step: number;
  stepTitle: string;
  excerpt: string;
}

/** The results of a search. */
export interface SearchView {
  query: string;
  summary: string;
  hits: SearchHitView[];
}

/** A control on a simulated Danish screen. */
export interface WidgetView {
  id: string;
  kind:
    | 'field'
    | 'text-area'
    | 'password'
    | 'button'
    | 'link'
    | 'checkbox'
    | 'app-request'
    | 'qr-code'
    | 'code-display'
    | 'text'
    | 'paragraph'
    | 'letter'
    | 'attachment'
    | 'document'
    | 'option'
    | 'call'
    | 'close-page'
    | 'error';
  term: TermView | null;
  value: string | null;
  /** Who asks, in Danish, on an app request. */
  asker: string | null;
  /** Made-up Danish text shown in place of a term, such as a letter's subject. */
  label: string | null;
  /** A letter's sender and its date line, in Danish. */
  sender: string | null;
  detail: string | null;
  unread: boolean;
  attachment: boolean;
  /** Greyed out: the real system does not allow it here. */
  disabled: boolean;
  /** What the caller says, in the learner's language. */
  words: string | null;
  /** The code a code display shows. */
  code: string | null;
}

/** A simulated Danish screen; `beside` is the other device as it stands meanwhile. */
export interface ScreenView {
  id: string;
  frame: 'browser' | 'phone' | 'phone-browser' | 'device';
  address: string | null;
  isEnd: boolean;
  widgets: WidgetView[];
  actions: { id: string; widget: string }[];
  beside: ScreenView | null;
  /** A PIN, a password or a code is typed here: a helper should look away. */
  secretEntry: boolean;
}

/** A practice flow's current screen and what to say about it. */
export interface PracticeView {
  flowId: string;
  title: string;
  screen: ScreenView;
  guidance: string;
  feedback: string | null;
  hint: string | null;
  showMe: string | null;
  note: string | null;
  mistakes: number;
  /** The language of the texts around the screen: the learner's, or the group's. */
  locale: string;
  dir: Direction;
}

/** The settings a user can change. */
export interface SettingsChange {
  secondLanguage: string;
  textSize: number;
  highContrast: boolean;
}

/** One problem the locale check found in translator mode. */
export interface TranslatorProblem {
  /** Relative to the folder, such as "so/ui.ftl". */
  path: string;
  locale: string;
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** The check's ID, such as "syntax" or "missing-message". */
  check: string;
  /** The message the problem belongs to, if any. */
  id: string | null;
  /** What is wrong, in the user's language. */
  message: string;
}

/** One row of the translation status table. */
export interface LocaleStatus {
  locale: string;
  name: string;
  translated: number;
  missing: number;
  stale: number;
  errors: number;
  warnings: number;
  dir: Direction;
  /** "left to right" or "right to left", in the user's language. */
  direction: string;
  /** Whether a native speaker has reviewed the locale, in the user's language. */
  review: string;
}

/** Translator mode: the folder shown, how often it was reloaded, and what the check says. */
export interface TranslatorView {
  /** As the user gave it. */
  folder: string;
  reloads: number;
  problems: TranslatorProblem[];
  status: LocaleStatus[];
  /** The status table's column headers, by `status-*` key. */
  labels: Record<string, string>;
}

/** Where a message shown in the window is defined. */
export interface MessageRef {
  id: string;
  /** Such as "so/ui.ftl". */
  path: string;
  line: number;
}

/** An error a command returns, with a message in the user's language. */
export interface CommandError {
  kind: 'unknown-locale' | 'unknown-guide' | 'unknown-practice' | 'invalid-input' | 'not-saved' | 'internal';
  message: string;
}

/** Whether a rejected command carried a typed error. */
export function isCommandError(error: unknown): error is CommandError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as CommandError).kind === 'string' &&
    typeof (error as CommandError).message === 'string'
  );
}

export const loadUi = (): Promise<UiView> => invoke<UiView>('load_ui');

declare global {
  interface Window {
    /** The main window's first view, put there by Rust before the page's own script runs. */
    __TRINVIS_FIRST_VIEW__?: UiView;
  }
}

/**
 * The view Rust handed the page before it loaded, taken once. The same script runs again on a
 * reload, when the view it holds is from the start and may be out of date, so a reload asks.
 */
export function takeFirstView(): UiView | null {
  const view = window.__TRINVIS_FIRST_VIEW__ ?? null;
  delete window.__TRINVIS_FIRST_VIEW__;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation === undefined || navigation.type === 'navigate' ? view : null;
}
export const setLocale = (tag: string): Promise<UiView> => invoke<UiView>('set_locale', { tag });
export const changeSettings = (change: SettingsChange): Promise<UiView> =>
  invoke<UiView>('change_settings', { change });
export const openGuide = (id: string): Promise<GuideView> => invoke<GuideView>('open_guide', { id });
export const recordStep = (guide: string, step: number): Promise<void> =>
  invoke<void>('record_step', { guide, step });
export const search = (query: string): Promise<SearchView> => invoke<SearchView>('search', { query });
export const glossary = (query = ''): Promise<TermView[]> => invoke<TermView[]>('glossary', { query });
export const forgetEverything = (): Promise<UiView> => invoke<UiView>('forget_everything');
export const dismissNotice = (): Promise<void> => invoke<void>('dismiss_notice');
/** Starts a practice; with `audience`, run for a group in the group's language. */
export const startPractice = (flow: string, audience?: string): Promise<PracticeView> =>
  invoke<PracticeView>('start_practice', { flow, audience: audience ?? null });
export const practiceAct = (action: string): Promise<PracticeView> =>
  invoke<PracticeView>('practice_act', { action });
export const practiceType = (widget: string, text: string): Promise<PracticeView> =>
  invoke<PracticeView>('practice_type', { widget, text });
export const practiceHint = (): Promise<PracticeView> => invoke<PracticeView>('practice_hint');
export const practiceShowMe = (): Promise<PracticeView> => invoke<PracticeView>('practice_show_me');
export const practiceRestart = (): Promise<PracticeView> => invoke<PracticeView>('practice_restart');
export const practiceView = (): Promise<PracticeView> => invoke<PracticeView>('practice_view');
/** The presenter's note for the practice screen, or null when no notes window is open. */
export const practiceNote = (): Promise<string | null> => invoke<string | null>('practice_note');
export const translatorStart = (folder: string): Promise<TranslatorView> =>
  invoke<TranslatorView>('translator_start', { folder });
export const translatorStop = (): Promise<UiView> => invoke<UiView>('translator_stop');
export const translatorView = (): Promise<TranslatorView | null> => invoke<TranslatorView | null>('translator_view');
export const translatorLookup = (text: string): Promise<MessageRef[]> =>
  invoke<MessageRef[]>('translator_lookup', { text });
/** Calls `handler` each time translator mode has reloaded the folder from disk. */
export const onTranslatorReloaded = (handler: () => void): Promise<UnlistenFn> =>
  listen('translator-reloaded', () => handler());
export const presentGuide = (id: string, audience: string): Promise<PresentationView> =>
  invoke<PresentationView>('present_guide', { id, audience });
export const practiceAudience = (tag: string): Promise<PracticeView> =>
  invoke<PracticeView>('practice_audience', { tag });
export const handout = (id: string, lang: string, also: string | null): Promise<HandoutPage[]> =>
  invoke<HandoutPage[]>('handout', { id, lang, also });
export const sessionPlan = (): Promise<PlanView> => invoke<PlanView>('session_plan');
export const setSessionPlan = (guides: string[]): Promise<PlanView> =>
  invoke<PlanView>('set_session_plan', { guides });
/** Asks where to save the plan and saves it; false when the user cancels. */
export const exportSessionPlan = (): Promise<boolean> => invoke<boolean>('export_session_plan');
/** Asks for a plan file and makes it the plan; null when the user cancels. */
export const importSessionPlan = (): Promise<PlanView | null> => invoke<PlanView | null>('import_session_plan');
export const openNotesWindow = (): Promise<void> => invoke<void>('open_notes_window');
export const closeNotesWindow = (): Promise<void> => invoke<void>('close_notes_window');
/** Sends the current note to the presenter's notes window, if it is open. */
export const sendPresenterNote = (note: PresenterNote): Promise<void> => emitTo('notes', 'presenter-note', note);
/** Calls `handler` with each note the presentation sends. */
export const onPresenterNote = (handler: (note: PresenterNote) => void): Promise<UnlistenFn> =>
  listen<PresenterNote>('presenter-note', (event) => handler(event.payload));
/** Tells the presentation that the notes window listens now and wants the current note. */
export const askForPresenterNote = (): Promise<void> => emitTo('main', 'notes-ready');
/** Calls `handler` each time a notes window starts listening. */
export const onNotesReady = (handler: () => void): Promise<UnlistenFn> => listen('notes-ready', () => handler());
/** Turns full screen on or off for the window the presentation is in. */
export async function toggleFullscreen(): Promise<void> {
  const window = getCurrentWindow();
  await window.setFullscreen(!(await window.isFullscreen()));
}
/** Leaves full screen, as leaving a presentation should. */
export const leaveFullscreen = (): Promise<void> => getCurrentWindow().setFullscreen(false);
