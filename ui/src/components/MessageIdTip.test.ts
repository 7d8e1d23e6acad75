import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import MessageIdTip from './MessageIdTip.svelte';
import type { MessageRef } from '../lib/ipc';

const HOME_TITLE: MessageRef = { id: 'home-title', path: 'so/ui.ftl', line: 2 };

let page: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  page = document.createElement('div');
  page.innerHTML = `<section><h1 tabindex="-1">Ku soo dhowow <b>Trinvis</b></h1><input value="Ku soo dhowow"></section>`;
  document.body.append(page);
});

afterEach(() => {
  cleanup();
  page.remove();
  vi.useRealTimers();
});

function renderTip(lookup: (text: string) => Promise<MessageRef[]>) {
  render(MessageIdTip, { props: { label: 'Besked-ID', lookup } });
  return screen.getByRole('status');
}

describe('MessageIdTip', () => {
  it('shows the message ID and place of a text the pointer rests on', async () => {
    const lookup = vi.fn(async (text: string) => (text.startsWith('Ku soo dhowow') ? [HOME_TITLE] : []));
    const tip = renderTip(lookup);
    await fireEvent.mouseOver(page.querySelector('h1')!);
    await vi.advanceTimersByTimeAsync(299);
    expect(lookup).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(lookup).toHaveBeenCalledWith('Ku soo dhowow Trinvis');
    expect(tip.textContent).toContain('home-title');
    expect(tip.textContent).toContain('so/ui.ftl:2');
    expect(document.activeElement).toBe(document.body);
  });

  it('tries the ancestors when the element itself matches nothing', async () => {
    const lookup = vi.fn(async (text: string) => (text.includes('dhowow') ? [HOME_TITLE] : []));
    const tip = renderTip(lookup);
    await fireEvent.mouseOver(page.querySelector('b')!);
    await vi.advanceTimersByTimeAsync(300);
    expect(lookup.mock.calls.map(([text]) => text)).toEqual(['Trinvis', 'Ku soo dhowow Trinvis']);
    expect(tip.textContent).toContain('home-title');
  });

  it('answers Alt+I on the focused element, and Escape closes it', async () => {
    const tip = renderTip(async () => [HOME_TITLE]);
    page.querySelector('h1')!.focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'i', code: 'KeyI', altKey: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(tip.textContent).toContain('home-title');
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(tip.textContent?.trim()).toBe('');
  });

  it('closes on a click, which acts on the page', async () => {
    const tip = renderTip(async () => [HOME_TITLE]);
    await fireEvent.mouseOver(page.querySelector('h1')!);
    await vi.advanceTimersByTimeAsync(300);
    expect(tip.textContent).toContain('home-title');
    await fireEvent.mouseDown(page.querySelector('h1')!);
    expect(tip.textContent?.trim()).toBe('');
  });

  it('leaves text fields alone', async () => {
    const lookup = vi.fn(async () => [HOME_TITLE]);
    renderTip(lookup);
    await fireEvent.mouseOver(page.querySelector('input')!);
    await vi.advanceTimersByTimeAsync(500);
    expect(lookup).not.toHaveBeenCalled();
  });
});
