import { describe, expect, it } from 'vitest';
import { isTyping, presenterAction } from './presenter-keys';

describe('presenterAction', () => {
  it('steps with arrows in the reading direction, with page keys and the space bar', () => {
    expect(presenterAction('ArrowRight', 'ltr', false)).toEqual({ kind: 'step', by: 1 });
    expect(presenterAction('ArrowLeft', 'rtl', false)).toEqual({ kind: 'step', by: 1 });
    expect(presenterAction('PageDown', 'rtl', false)).toEqual({ kind: 'step', by: 1 });
    expect(presenterAction('PageUp', 'ltr', false)).toEqual({ kind: 'step', by: -1 });
    expect(presenterAction(' ', 'ltr', false)).toEqual({ kind: 'step', by: 1 });
  });

  it('blanks, goes full screen, opens help and notes, and leaves', () => {
    expect(presenterAction('b', 'ltr', false)).toEqual({ kind: 'blank' });
    expect(presenterAction('.', 'ltr', false)).toEqual({ kind: 'blank' });
    expect(presenterAction('F', 'ltr', false)).toEqual({ kind: 'fullscreen' });
    expect(presenterAction('h', 'ltr', false)).toEqual({ kind: 'help' });
    expect(presenterAction('n', 'ltr', false)).toEqual({ kind: 'notes' });
    expect(presenterAction('Escape', 'ltr', false)).toEqual({ kind: 'escape' });
  });

  it('picks a language with L or a practice with P and then a digit, and ignores digits otherwise', () => {
    expect(presenterAction('l', 'ltr', false)).toEqual({ kind: 'choose-language' });
    expect(presenterAction('P', 'ltr', false)).toEqual({ kind: 'choose-practice' });
    expect(presenterAction('3', 'ltr', true)).toEqual({ kind: 'pick', index: 2 });
    expect(presenterAction('3', 'ltr', false)).toBeNull();
    expect(presenterAction('x', 'ltr', false)).toBeNull();
  });
});

describe('isTyping', () => {
  it('gives keys typed in a field to the field', () => {
    expect(isTyping(document.createElement('input'))).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(document.createElement('button'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
