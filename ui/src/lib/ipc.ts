/** Typed calls to the Rust commands; the shapes mirror the Rust view models. */
import { invoke } from '@tauri-apps/api/core';

export type Direction = 'ltr' | 'rtl';

/** One language on the language picker, named in itself. */
export interface LanguageOption {
  tag: string;
  name: string;
  dir: Direction;
}

/** One topic on the home screen. */
export interface TopicView {
  id: string;
  title: string;
  summary: string;
}

/** The whole UI in one locale. */
export interface UiView {
  locale: string;
  dir: Direction;
  text: Record<string, string>;
  languages: LanguageOption[];
  topics: TopicView[];
}

/** An error a command returns, with a message in the user's language. */
export interface CommandError {
  kind: 'unknown-locale';
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

/** The UI in the current language. */
export function loadUi(): Promise<UiView> {
  return invoke<UiView>('load_ui');
}

/** Switches language; resolves to the UI in the new language. */
export function setLocale(tag: string): Promise<UiView> {
  return invoke<UiView>('set_locale', { tag });
}
