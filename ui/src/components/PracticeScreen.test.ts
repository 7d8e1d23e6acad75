import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import PracticeScreen from './PracticeScreen.svelte';
import { danishView, practiceView, widget } from '../test/fixtures';
import type { PracticeView } from '../lib/ipc';

afterEach(cleanup);

function renderPractice(practice: PracticeView) {
  const handlers = {
    onact: vi.fn(),
    ontype: vi.fn(),
    onhint: vi.fn(),
    onshowme: vi.fn(),
    onrestart: vi.fn(),
    onglossary: vi.fn(),
    onnotes: vi.fn(),
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
      widgets: [{ ...widget('request', 'app-request'), asker: 'Øvelse Kommune' }],
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

  it('shows what a Danish word means on a tap of its info button, in the learner\'s language', async () => {
    renderPractice(practiceView());
    const infos = screen.getAllByRole('button', { name: 'Hvad betyder det?' });
    expect(infos).toHaveLength(2);
    const info = infos[1]!;
    const tip = document.getElementById(info.getAttribute('aria-controls') ?? '');
    expect(tip?.textContent).toBe('Gå videre.');
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(screen.getByRole('button', { name: 'Fortsæt' }).getAttribute('aria-describedby')).toBe(tip?.id);
    expect(info.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(info);
    expect(info.getAttribute('aria-expanded')).toBe('true');
    await fireEvent.keyDown(info, { key: 'Escape' });
    expect(info.getAttribute('aria-expanded')).toBe('false');
    // Controls take focus themselves, so their info button stays out of the tab order.
    expect(info.tabIndex).toBe(-1);
  });

  it('draws the computer and the phone side by side, the one not in use inert', () => {
    const practice = practiceView();
    const waiting = { ...practice.screen, id: 'waiting' };
    practice.screen = {
      ...practice.screen,
      id: 'app-pin',
      frame: 'phone',
      address: null,
      widgets: [widget('pin', 'password', { id: 'pin-kode', danish: 'PIN-kode', meaning: 'Din kode.', example: 'Eksempel.' })],
      beside: waiting,
    };
    renderPractice(practice);
    const devices = screen.getAllByRole('region').filter((r) => r.classList.contains('device'));
    const [computer, phone] = devices as [HTMLElement, HTMLElement];
    expect(devices.map((d) => d.getAttribute('aria-label'))).toEqual(['Computer', 'Telefon']);
    expect(computer.inert).toBe(true);
    expect(computer.textContent).toContain('Imens');
    expect(phone.inert).toBe(false);
    expect(screen.getByLabelText('PIN-kode').getAttribute('type')).toBe('password');
  });

  it('"show me" points at the next step, then does it', async () => {
    vi.useFakeTimers();
    try {
      const { onact } = renderPractice({ ...practiceView(), showMe: 'continue' });
      expect(onact).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(2000);
      expect(onact).toHaveBeenCalledWith('continue');
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws a call, a code display, a list, an error mark and the browser\'s close button', async () => {
    const practice = practiceView();
    practice.screen = {
      ...practice.screen,
      frame: 'phone',
      widgets: [
        { ...widget('call', 'call'), words: 'Godkend nu!' },
        widget('kodeviser', 'option', { id: 'mitid-kodeviser', danish: 'MitID kodeviser', meaning: 'En kodeviser.', example: 'Eksempel.' }),
        widget('mark', 'error'),
        widget('close', 'close-page'),
      ],
      actions: [
        { id: 'hang-up', widget: 'call' },
        { id: 'code-display', widget: 'kodeviser' },
        { id: 'close', widget: 'close' },
      ],
      beside: { ...practice.screen, id: 'device', frame: 'device', widgets: [{ ...widget('display', 'code-display'), code: '482913' }], actions: [] },
    };
    const { onact } = renderPractice(practice);
    expect(screen.getByText('Godkend nu!').closest('[lang]')?.getAttribute('lang')).toBe('da');
    expect(screen.getByRole('group', { name: 'Din kodeviser' }).textContent).toContain('482913');
    expect(screen.getByRole('img', { name: 'Fejl' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Læg på' }));
    await fireEvent.click(screen.getByRole('button', { name: 'MitID kodeviser' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Luk siden' }));
    expect(onact.mock.calls.map((c) => c[0])).toEqual(['hang-up', 'code-display', 'close']);
  });

  it('draws a mailbox: letters with sender, subject, date and marks, each opening by its action', async () => {
    const base = practiceView();
    const letter = {
      ...widget('tax', 'letter'),
      label: 'Din forskudsopgørelse',
      sender: 'Skattestyrelsen',
      detail: '3. nov.',
      unread: true,
      attachment: true,
    };
    const old = { ...widget('old', 'letter'), label: 'Boligstøtte', sender: 'Udbetaling Danmark' };
    const handlers = renderPractice({
      ...base,
      screen: {
        ...base.screen,
        widgets: [letter, old],
        actions: [
          { id: 'open-tax', widget: 'tax' },
          { id: 'open-old', widget: 'old' },
        ],
      },
    });
    const row = screen.getByRole('button', { name: /Din forskudsopgørelse/ });
    expect(row.textContent).toContain('Skattestyrelsen');
    expect(row.textContent).toContain('3. nov.');
    expect(screen.getByRole('img', { name: 'Ulæst' }).getAttribute('lang')).toBe('da');
    expect(screen.getByRole('img', { name: 'Med vedhæftet fil' })).toBeTruthy();
    expect(screen.getAllByRole('img', { name: 'Ulæst' })).toHaveLength(1);
    await fireEvent.click(row);
    expect(handlers.onact).toHaveBeenCalledWith('open-tax');
  });

  it('keeps a greyed-out control pressable, so its action can explain why it is not allowed', async () => {
    const base = practiceView();
    const handlers = renderPractice({
      ...base,
      screen: {
        ...base.screen,
        widgets: [
          { ...widget('delete', 'button', { id: 'slet', danish: 'Slet', meaning: 'Fjern brevet.', example: 'Eksempel.' }), disabled: true },
          { ...widget('body', 'paragraph'), label: 'Kære borger.\nVi skriver til dig.' },
          { ...widget('file', 'attachment'), label: 'Afgørelse.pdf' },
          { ...widget('page', 'document'), label: 'Forskudsopgørelse 2027' },
          widget('message', 'text-area', { id: 'besked', danish: 'Besked', meaning: 'Din tekst.', example: 'Eksempel.' }),
        ],
        actions: [
          { id: 'delete', widget: 'delete' },
          { id: 'open-file', widget: 'file' },
        ],
      },
    });
    const remove = screen.getByRole('button', { name: 'Slet' });
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(remove);
    expect(handlers.onact).toHaveBeenCalledWith('delete');
    expect(screen.getByText(/Vi skriver til dig/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Afgørelse.pdf' }));
    expect(handlers.onact).toHaveBeenCalledWith('open-file');
    expect(screen.getByRole('document', { name: 'Åbnet fil' }).textContent).toContain('Forskudsopgørelse 2027');
    const message = screen.getByLabelText('Besked');
    await fireEvent.change(message, { target: { value: 'Jeg kommer gerne.' } });
    expect(handlers.ontype).toHaveBeenCalledWith('message', 'Jeg kommer gerne.');
  });

  it('opens the glossary from the practice', async () => {
    const handlers = renderPractice(practiceView());
    await fireEvent.click(screen.getByRole('button', { name: 'Ordliste' }));
    expect(handlers.onglossary).toHaveBeenCalled();
  });
});
