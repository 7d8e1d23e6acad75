/** Looks up chrome text; all of it was formatted in Rust from the Fluent files. */
import type { UiView } from './ipc';

/** The message `id`, or the localised "text missing" note, never a raw ID. */
export function text(view: UiView, id: string): string {
  return view.text[id] ?? view.text['text-missing'] ?? '';
}
