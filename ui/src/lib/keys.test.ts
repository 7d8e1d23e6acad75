import { describe, expect, it } from 'vitest';
import { isForTyping, stepMove } from './keys';

describe('stepMove', () => {
  it('moves forward with the arrow that points the way the text reads', () => {
    expect(stepMove('ArrowRight', 'ltr')).toBe('next');
    expect(stepMove('ArrowLeft', 'ltr')).toBe('back');
    expect(stepMove('ArrowLeft', 'rtl')).toBe('next');
    expect(stepMove('ArrowRight', 'rtl')).toBe('back');
    expect(stepMove('Enter', 'ltr')).toBeNull();
  });
});

describe('isForTyping', () => {
  it('leaves arrows in text fields and with modifiers alone', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(isForTyping(new KeyboardEvent('keydown', { key: 'ArrowLeft' }))).toBe(false);
    const inField = new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true });
    input.addEventListener('keydown', (event) => expect(isForTyping(event)).toBe(true));
    input.dispatchEvent(inField);
    expect(isForTyping(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true }))).toBe(true);
    input.remove();
  });
});
