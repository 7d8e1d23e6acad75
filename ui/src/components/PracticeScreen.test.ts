import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import PracticeScreen from './PracticeScreen.svelte';
import { danishView, practiceView } from '../test/fixtures';
import type { PracticeView } from '../lib/ipc';

afterEach(cleanup);

function renderPractice(practice: PracticeView) {
  const handlers = {
    onact: vi.fn(),
    ontype: vi.fn(),
    onhint: vi.fn(),
    onshowme: vi.fn(),
    onrestart: vi.fn(),
    onhome: vi.fn(),
  };
  render(PracticeScreen, { props: { view: danishView(), practice, ...handlers } });
  return handlers;
}

describe('PracticeScreen', () => {
  it('draws the Danish screen in a browser with its address, beside the guidance', () => {
    renderPractice(practiceView());
    expect(screen.getByRole('group', { name: 'Webadresse' }).textContent).toContain('https://www.mitid.dk');
    const field = screen.getByLabelText('Bruger-ID');
    expect(field.closest('[lang]')?.getAttribute('lang')).toBe('da');
    expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Det skal du gøre');
    expect(screen.getByText('Skriv et øve-bruger-ID.')).toBeTruthy();
  });

  it('sends typed text and actions by the Danish labels', async () => {
    const { ontype, onact } = renderPractice(practiceView());
    await fireEvent.change(screen.getByLabelText('Bruger-ID'), { target: { value: 'oevelse1' } });
    expect(ontype).toHaveBeenCalledWith('user-id', 'oevelse1');
    await fireEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(onact).toHaveBeenCalledWith('continue');
  });

  it('shows feedback and the real-details note as alerts, and marks what "show me" points at', () => {
    renderPractice({ ...practiceView(), feedback: 'Det link er til…', note: 'Skriv aldrig dine rigtige oplysninger.', showMe: 'continue' });
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(['Det link er til…', 'Skriv aldrig dine rigtige oplysninger.']);
    expect(screen.getByRole('button', { name: 'Fortsæt' }).classList.contains('highlighted')).toBe(true);
  });

  it('offers hint, show me and start again, and a way home at the end', async () => {
    const handlers = renderPractice(practiceView());
    await fireEvent.click(screen.getByRole('button', { name: 'Vis et tip' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Vis mig det' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Start forfra' }));
    expect([handlers.onhint, handlers.onshowme, handlers.onrestart].every((f) => f.mock.calls.length === 1)).toBe(true);
    cleanup();
    const done = practiceView();
    done.screen = { ...done.screen, isEnd: true, widgets: [], actions: [] };
    const end = renderPractice(done);
    expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Godt klaret!');
    await fireEvent.click(screen.getByRole('button', { name: 'Til forsiden' }));
    expect(end.onhome).toHaveBeenCalled();
  });

  it('approves a request in the phone by the swipe control, with the keyboard', async () => {
    const practice = practiceView();
    practice.screen = {
      ...practice.screen,
      frame: 'phone',
      widgets: [{ id: 'request', kind: 'app-request', term: null, value: null }],
      actions: [
        { id: 'approve', widget: 'request' },
        { id: 'reject', widget: 'request' },
      ],
    };
    const { onact } = renderPractice(practice);
    const slider = screen.getByRole('slider', { name: 'Stryg for at godkende' });
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(onact).toHaveBeenCalledWith('approve');
    await fireEvent.click(screen.getByRole('button', { name: 'Godkend ikke' }));
    expect(onact).toHaveBeenLastCalledWith('reject');
  });
});
