/** What a presenter's key means: arrows and page keys (what clickers send) step, letters toggle. */
import type { Direction } from './ipc';
import { stepMove } from './keys';

export type PresenterAction =
  | { kind: 'step'; by: 1 | -1 }
  | { kind: 'blank' }
  | { kind: 'fullscreen' }
  | { kind: 'choose-language' }
  | { kind: 'choose-practice' }
  | { kind: 'pick'; index: number }
  | { kind: 'help' }
  | { kind: 'notes' }
  | { kind: 'escape' };

/**
 * The action of a key. After L (or P), a digit picks the audience's language (or a practice), 1
 * being the first, so the language changes with two keystrokes; `choosing` says whether L or P
 * came just before.
 */
export function presenterAction(key: string, dir: Direction, choosing: boolean): PresenterAction | null {
  if (choosing && /^[1-9]$/.test(key)) return { kind: 'pick', index: Number(key) - 1 };
  const arrow = stepMove(key, dir);
  if (arrow) return { kind: 'step', by: arrow === 'next' ? 1 : -1 };
  switch (key) {
    case 'PageDown':
    case 'ArrowDown':
    case ' ':
      return { kind: 'step', by: 1 };
    case 'PageUp':
    case 'ArrowUp':
      return { kind: 'step', by: -1 };
    // Clickers send "." or "b" for their blank-screen button.
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank' };
    case 'f':
    case 'F':
    case 'F5':
      return { kind: 'fullscreen' };
    case 'l':
    case 'L':
      return { kind: 'choose-language' };
    case 'p':
    case 'P':
      return { kind: 'choose-practice' };
    case 'h':
    case 'H':
      return { kind: 'help' };
    case 'n':
    case 'N':
      return { kind: 'notes' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return null;
  }
}

/** Whether a key press belongs to a field being typed in rather than to the presenter. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
