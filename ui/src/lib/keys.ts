/** Which arrow key moves forward: reading direction decides, so RTL readers press left for next. */
import type { Direction } from './ipc';

export type StepMove = 'next' | 'back' | null;

/** The step move an arrow key means in a reading direction, or null for any other key. */
export function stepMove(key: string, dir: Direction): StepMove {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return 'next';
  if (key === backward) return 'back';
  return null;
}

/** Whether a key press belongs to a text field or a modifier shortcut rather than to stepping. */
export function isForTyping(event: KeyboardEvent): boolean {
  // Keys pressed with nothing focused arrive at the window or document, which have no closest().
  const target = event.target instanceof Element ? event.target : null;
  const editable = target?.closest('input, textarea, select, [contenteditable="true"]');
  return Boolean(editable) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
}
