import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import HandoutScreen from './HandoutScreen.svelte';
import type { HandoutPage } from '../lib/ipc';
import { danishView, guideView, presentationView } from '../test/fixtures';

afterEach(cleanup);

function pages(): HandoutPage[] {
  const arabic = presentationView().audience;
  const danish = guideView();
  const withPicture = { ...danish, steps: danish.steps.map((s, i) => ({ ...s, illustration: i === 1 ? 'mitid-login-box' : null })) };
  return [
    { guide: arabic, locale: 'ar', dir: 'rtl', keyWords: 'كلمات', hotlinesTitle: 'أرقام', hotlines: '+45 33 98 00 98' },
    { guide: withPicture, locale: 'da', dir: 'ltr', keyWords: 'Danske ord', hotlinesTitle: 'Numre', hotlines: '+45 33 98 00 98' },
  ];
}

function renderHandout() {
  const handlers = { onlanguages: vi.fn(), onprint: vi.fn(), onback: vi.fn() };
  render(HandoutScreen, { props: { view: danishView(), pages: pages(), lang: 'ar', also: 'da', ...handlers } });
  return handlers;
}

describe('HandoutScreen', () => {
  it('puts each language in its own column and direction, step by step, with the hotlines', () => {
    renderHandout();
    const steps = document.querySelectorAll('.handout-step');
    expect(steps.length).toBe(2);
    for (const step of steps) {
      const cells = [...step.querySelectorAll('.handout-cell')].map((c) => [c.getAttribute('lang'), c.getAttribute('dir')]);
      expect(cells).toEqual([
        ['ar', 'rtl'],
        ['da', 'ltr'],
      ]);
    }
    expect(document.querySelectorAll('.handout-hotlines').length).toBe(2);
  });

  it('draws the Danish screen of a step once, in Danish', () => {
    renderHandout();
    const pictures = document.querySelectorAll('.handout-illustration');
    expect(pictures.length).toBe(1);
    expect(pictures[0]?.getAttribute('lang')).toBe('da');
    expect(pictures[0]?.closest('.handout-step')?.getAttribute('data-step')).toBe('1');
  });

  it('prints, changes the languages and goes back', async () => {
    const { onprint, onlanguages, onback } = renderHandout();
    await fireEvent.click(screen.getByRole('button', { name: 'Udskriv …' }));
    expect(onprint).toHaveBeenCalled();
    await fireEvent.change(screen.getByLabelText('Sprog ved siden af'), { target: { value: '' } });
    expect(onlanguages).toHaveBeenCalledWith('ar', null);
    await fireEvent.click(screen.getByRole('button', { name: 'Tilbage til vejledningen' }));
    expect(onback).toHaveBeenCalled();
  });
});
