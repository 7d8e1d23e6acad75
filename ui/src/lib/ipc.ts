/** Typed calls to the Rust commands; the shapes mirror the Rust view models in views.rs. */
import { invoke } from '@tauri-apps/api/core';

export type Direction = 'ltr' | 'rtl';

/** One language on the language picker, named in itself. */
export interface LanguageOption {
  tag: string;
  name: string;
  dir: Direction;
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

/** One topic on the home screen. */
export interface TopicView {
  id: string;
  title: string;
  summary: string;
  guides: GuideCard[];
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
}

/** A Danish word from the screens and what it means. */
export interface TermView {
  id: string;
  danish: string;
  meaning: string;
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

/** The settings a user can change. */
export interface SettingsChange {
  secondLanguage: string;
  textSize: number;
  highContrast: boolean;
}

/** An error a command returns, with a message in the user's language. */
export interface CommandError {
  kind: 'unknown-locale' | 'unknown-guide' | 'invalid-input' | 'not-saved' | 'internal';
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
export const setLocale = (tag: string): Promise<UiView> => invoke<UiView>('set_locale', { tag });
export const changeSettings = (change: SettingsChange): Promise<UiView> =>
  invoke<UiView>('change_settings', { change });
export const openGuide = (id: string): Promise<GuideView> => invoke<GuideView>('open_guide', { id });
export const recordStep = (guide: string, step: number): Promise<void> =>
  invoke<void>('record_step', { guide, step });
export const search = (query: string): Promise<SearchView> => invoke<SearchView>('search', { query });
export const glossary = (): Promise<TermView[]> => invoke<TermView[]>('glossary');
export const forgetEverything = (): Promise<UiView> => invoke<UiView>('forget_everything');
export const dismissNotice = (): Promise<void> => invoke<void>('dismiss_notice');
