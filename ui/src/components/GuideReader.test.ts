import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import GuideReader from './GuideReader.svelte';
import { danishView, guideView } from '../test/fixtures';

afterEach(cleanup);

function renderReader(step: number, dir: 'ltr' | 'rtl' = 'ltr') {
  const onstep = vi.fn();
  const onhome = vi.fn();
  render(GuideReader, { props: { view: { ...danishView(), dir }, guide: guideView(), step, onstep, onhome, onpresent: vi.fn(), onhandout: vi.fn() } });
  return { onstep, onhome };
}

describe('GuideReader', () => {
  it('shows one step with its counter and moves with the buttons', async () => {
    const { onstep } = renderReader(0);
    expect(screen.getByText('Trin 1 af 2')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hvad er det?');
    expect((screen.getByRole('button', { name: /Tilbage/ }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: /Næste/ }));
    expect(onstep).toHaveBeenCalledWith(1);
  });

  it('shows the Danish key words with their meaning, marked as Danish', () => {
    renderReader(1);
    const term = screen.getByText('Bruger-ID', { selector: 'dt' });
    expect(term.getAttribute('lang')).toBe('da');
    expect(screen.getByText('Dit navn i MitID.')).toBeTruthy();
  });

  it('finishes on the last step with a way home', async () => {
    const { onstep, onhome } = renderReader(1);
    await fireEvent.click(screen.getByRole('button', { name: /Færdig/ }));
    expect(onstep).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Godt klaret!');
    await fireEvent.click(screen.getByRole('button', { name: 'Til forsiden' }));
    expect(onhome).toHaveBeenCalled();
  });

  it('steps with the arrow keys in reading direction', async () => {
    const ltr = renderReader(0, 'ltr');
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(ltr.onstep).toHaveBeenLastCalledWith(1);
    cleanup();
    const rtl = renderReader(1, 'rtl');
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(rtl.onstep).toHaveBeenLastCalledWith(0);
  });

  it('ends with a check whose answers say at once why they are right or wrong', async () => {
    const guide = {
      ...guideView(),
      questions: [
        {
          id: 'pin',
          text: 'Din nabo skriver sin PIN-kode. Hvad gør du?',
          answers: [
            { id: 'look-away', text: 'Jeg kigger væk.', feedback: 'Koden er hendes alene.', right: true },
            { id: 'remember', text: 'Jeg husker den.', feedback: 'Du må aldrig kende koden.', right: false },
          ],
        },
      ],
    };
    render(GuideReader, { props: { view: danishView(), guide, step: 1, onstep: vi.fn(), onhome: vi.fn(), onpresent: vi.fn(), onhandout: vi.fn() } });
    await fireEvent.click(screen.getByRole('button', { name: /Færdig/ }));
    expect(screen.getByRole('heading', { name: 'Tjek dig selv' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Jeg husker den.' }));
    expect(screen.getByRole('status').textContent).toContain('Ikke rigtigt');
    expect(screen.getByRole('status').textContent).toContain('Du må aldrig kende koden.');
    await fireEvent.click(screen.getByRole('button', { name: 'Jeg kigger væk.' }));
    expect(screen.getByRole('status').textContent).toContain('Rigtigt');
    expect(screen.getByRole('button', { name: 'Jeg kigger væk.' }).getAttribute('aria-pressed')).toBe('true');
  });
});
