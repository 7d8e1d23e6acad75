import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import PresentationScreen from './PresentationScreen.svelte';
import { danishView, presentationView } from '../test/fixtures';
import { recordFontLoads } from '../test/font-loads';

vi.mock('../lib/ipc', async (original) => ({
  ...(await original<typeof import('../lib/ipc')>()),
  openGuide: vi.fn(() => Promise.reject(new Error('no window in unit tests'))),
}));

afterEach(cleanup);

let fontLoads: string[] = [];
beforeEach(() => {
  fontLoads = recordFontLoads();
});

function renderPresentation(step = 0, nextGuide = false) {
  const handlers = {
    onstep: vi.fn(),
    onaudience: vi.fn(),
    onfullscreen: vi.fn(),
    onnotes: vi.fn(),
    onexit: vi.fn(),
    onpractice: vi.fn(),
    onnextguide: vi.fn(),
  };
  render(PresentationScreen, { props: { view: danishView(), presentation: presentationView(), step, nextGuide, ...handlers } });
  return handlers;
}

describe('PresentationScreen', () => {
  it('shows Danish beside the audience language, each in its own direction, with a counter', () => {
    renderPresentation();
    const danish = document.querySelector('article[lang="da"]');
    const arabic = document.querySelector('article[lang="ar"]');
    expect(danish?.getAttribute('dir')).toBe('ltr');
    expect(arabic?.getAttribute('dir')).toBe('rtl');
    expect(danish?.textContent).toContain('Hvad er det?');
    expect(arabic?.textContent).toContain('الخطوة 1');
    expect(screen.getByText('Trin 1 af 2')).toBeTruthy();
  });

  it('loads the Arabic-script fonts as it opens, before the presenter picks a language', () => {
    renderPresentation();
    expect(fontLoads).toEqual([
      '400 1em "Noto Naskh Arabic"',
      '700 1em "Noto Naskh Arabic"',
      '400 1em "Noto Nastaliq Urdu"',
      '700 1em "Noto Nastaliq Urdu"',
    ]);
  });

  it('steps with arrows and page keys, and not past either end', async () => {
    const { onstep } = renderPresentation();
    await fireEvent.keyDown(window, { key: 'PageDown' });
    expect(onstep).toHaveBeenCalledWith(1);
    await fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(onstep).toHaveBeenCalledTimes(1);
  });

  it('changes the audience language with L and a digit', async () => {
    const { onaudience } = renderPresentation();
    await fireEvent.keyDown(window, { key: 'l' });
    expect(screen.getByRole('dialog').textContent).toContain('Gruppens sprog');
    await fireEvent.keyDown(window, { key: '3' });
    expect(onaudience).toHaveBeenCalledWith('ur');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('blanks the screen with B, and Escape first unblanks, then leaves', async () => {
    const { onexit } = renderPresentation();
    await fireEvent.keyDown(window, { key: 'b' });
    expect(screen.getByRole('status').textContent).toContain('Skærmen er sort');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('status')).toBeNull();
    expect(onexit).not.toHaveBeenCalled();
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(onexit).toHaveBeenCalled();
  });

  it('asks for full screen with F, for the notes window with N, and opens the helper card with H', async () => {
    const { onfullscreen, onnotes } = renderPresentation();
    await fireEvent.keyDown(window, { key: 'f' });
    expect(onfullscreen).toHaveBeenCalled();
    await fireEvent.keyDown(window, { key: 'n' });
    expect(onnotes).toHaveBeenCalled();
    await fireEvent.keyDown(window, { key: 'h' });
    expect(screen.getByRole('dialog', { name: 'Hvad må jeg hjælpe med?' })).toBeTruthy();
  });

  it('runs a practice of the topic with P and a digit, and not while nothing is chosen', async () => {
    const { onpractice } = renderPresentation();
    await fireEvent.keyDown(window, { key: '2' });
    expect(onpractice).not.toHaveBeenCalled();
    await fireEvent.keyDown(window, { key: 'p' });
    expect(screen.getByRole('dialog').textContent).toContain('Pas på svindel');
    await fireEvent.keyDown(window, { key: '2' });
    expect(onpractice).toHaveBeenCalledWith('fraud-traps');
  });

  it('goes on to the next guide of the plan past the last step', async () => {
    const { onnextguide, onstep } = renderPresentation(1, true);
    await fireEvent.keyDown(window, { key: 'PageDown' });
    expect(onnextguide).toHaveBeenCalled();
    expect(onstep).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Næste vejledning i planen' })).toBeTruthy();
  });
});
