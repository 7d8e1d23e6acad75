/** Translator mode in the shared state, with the Rust commands and events stood in for. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { danishView, guideView, practiceView, translatorUiView, translatorView } from '../test/fixtures';
import { recordFontLoads } from '../test/font-loads';

const { invoke, listen, unlisten, emitTo } = vi.hoisted(() => ({
  invoke: vi.fn(),
  listen: vi.fn(),
  unlisten: vi.fn(),
  emitTo: vi.fn(),
}));
vi.mock('@tauri-apps/api/core', () => ({ invoke }));
vi.mock('@tauri-apps/api/event', () => ({ listen, emitTo }));

// The first screen waits for its fonts before it marks itself ready.
recordFontLoads();

const { ui } = await import('./ui-state.svelte');

/** Answers each command from this table; a function answer gets the command's arguments. */
function commands(answers: Record<string, unknown>): void {
  invoke.mockImplementation(async (command: string, args?: unknown) => {
    if (!(command in answers)) throw new Error(`unexpected command ${command}`);
    const answer = answers[command];
    return typeof answer === 'function' ? answer(args) : answer;
  });
}

/** The handler the state registered for `translator-reloaded`. */
function reloadHandler(): () => void {
  const call = listen.mock.calls.find(([event]) => event === 'translator-reloaded');
  if (!call) throw new Error('nobody listens for translator-reloaded');
  return call[1] as () => void;
}

beforeEach(async () => {
  invoke.mockReset();
  listen.mockReset().mockResolvedValue(unlisten);
  unlisten.mockReset();
  emitTo.mockReset().mockResolvedValue(undefined);
  // Every test starts from the citizen mode, with translator mode off.
  commands({ translator_stop: danishView(), load_ui: danishView() });
  await ui.stopTranslator();
  ui.translatorError = null;
  ui.screen = { name: 'home' };
});

describe('translator mode in the UI state', () => {
  it('keeps a refused folder\'s reason for the field, not the page', async () => {
    commands({ translator_start: () => Promise.reject({ kind: 'invalid-input', message: 'Ingen sprogmapper her.' }) });
    await ui.startTranslator('/tmp/tom');
    expect(invoke).toHaveBeenCalledWith('translator_start', { folder: '/tmp/tom' });
    expect(ui.translatorError).toBe('Ingen sprogmapper her.');
    expect(ui.error).toBeNull();
    expect(ui.screen.name).toBe('home');
  });

  it('opens the translator screen on start and listens for reloads until it stops', async () => {
    commands({ translator_start: translatorView(), load_ui: translatorUiView() });
    await ui.startTranslator('/home/oversaetter/locales');
    expect(ui.screen.name).toBe('translator');
    expect(ui.translator?.folder).toBe('/home/oversaetter/locales');
    expect(listen).toHaveBeenCalledTimes(1);

    commands({ translator_stop: danishView(), load_ui: danishView() });
    await ui.stopTranslator();
    await Promise.resolve();
    expect(unlisten).toHaveBeenCalled();
    expect(ui.translator).toBeNull();
    expect(ui.screen.name).toBe('settings');
  });

  it('on a reload, shows the new texts on the open guide at the same step', async () => {
    commands({ load_ui: translatorUiView(), translator_view: translatorView() });
    await ui.load();
    expect(ui.translator?.reloads).toBe(2);
    ui.screen = { name: 'guide', guide: guideView(), step: 1 };

    const changed = guideView();
    changed.steps[1] = { ...changed.steps[1]!, title: 'Log ind' };
    const reloadedView = { ...translatorUiView(), text: { ...translatorUiView().text, 'home-title': 'Ny' } };
    commands({ load_ui: reloadedView, translator_view: { ...translatorView(), reloads: 3 }, open_guide: changed });
    reloadHandler()();
    await ui.reloadFromDisk();
    expect(ui.view?.text['home-title']).toBe('Ny');
    expect(ui.translator?.reloads).toBe(3);
    expect(ui.screen).toMatchObject({ name: 'guide', step: 1 });
    expect(ui.screen.name === 'guide' && ui.screen.guide.steps[1]?.title).toBe('Log ind');
  });

  it('folds reloads that arrive while one is shown into one more pass', async () => {
    commands({ load_ui: translatorUiView(), translator_view: translatorView() });
    await ui.load();
    invoke.mockClear();
    const first = ui.reloadFromDisk();
    void ui.reloadFromDisk();
    void ui.reloadFromDisk();
    await first;
    expect(invoke.mock.calls.filter(([command]) => command === 'load_ui')).toHaveLength(2);
  });
});

describe('the first view', () => {
  it('draws the view Rust put in the page without asking for it, and asks on the next load', async () => {
    const handed = { ...danishView(), locale: 'ar', dir: 'rtl' as const };
    window.__TRINVIS_FIRST_VIEW__ = handed;
    invoke.mockReset();
    commands({ translator_stop: danishView() });
    await ui.load();
    expect(invoke).not.toHaveBeenCalledWith('load_ui');
    expect(ui.view?.locale).toBe('ar');
    expect(window.__TRINVIS_FIRST_VIEW__).toBeUndefined();

    commands({ load_ui: danishView() });
    await ui.load();
    expect(invoke).toHaveBeenCalledWith('load_ui');
    expect(ui.view?.locale).toBe('da');
  });

  it('asks Rust on a reload, where the script that ran again holds the view from the start', async () => {
    window.__TRINVIS_FIRST_VIEW__ = { ...danishView(), locale: 'ar', dir: 'rtl' as const };
    const entries = vi
      .spyOn(performance, 'getEntriesByType')
      .mockReturnValue([{ type: 'reload' } as PerformanceNavigationTiming]);
    commands({ load_ui: danishView() });
    await ui.load();
    entries.mockRestore();
    expect(invoke).toHaveBeenCalledWith('load_ui');
    expect(ui.view?.locale).toBe('da');
    expect(window.__TRINVIS_FIRST_VIEW__).toBeUndefined();
  });
});

describe('switching language', () => {
  it('shows the new language and the open guide in it together, at the same step', async () => {
    ui.screen = { name: 'guide', guide: guideView(), step: 2 };
    const arabicGuide = { ...guideView(), title: 'ما هو MitID؟' };
    let viewWhenGuideAsked: string | undefined;
    commands({
      set_locale: { ...danishView(), locale: 'ar', dir: 'rtl' },
      open_guide: () => {
        // The page must not have turned yet: it turns once, with the guide's texts.
        viewWhenGuideAsked = ui.view?.locale;
        return arabicGuide;
      },
    });
    await ui.switchLocale('ar');
    expect(viewWhenGuideAsked).toBe('da');
    expect(ui.view?.locale).toBe('ar');
    expect(ui.screen).toMatchObject({ name: 'guide', step: 2, guide: { title: 'ما هو MitID؟' } });
    expect(ui.error).toBeNull();
  });

  it('still shows the new language when the open screen cannot be fetched again', async () => {
    ui.screen = { name: 'guide', guide: guideView(), step: 0 };
    commands({
      set_locale: { ...danishView(), locale: 'ar', dir: 'rtl' },
      open_guide: () => Promise.reject({ kind: 'unknown-guide', message: 'الدليل غير موجود.' }),
    });
    await ui.switchLocale('ar');
    expect(ui.view?.locale).toBe('ar');
    expect(ui.error).toBe('الدليل غير موجود.');
  });
});

describe('the presenter\'s note for a practice', () => {
  it('is sent to the notes window when Rust has one to give', async () => {
    commands({ start_practice: practiceView(), practice_note: 'Sig: velkommen.' });
    await ui.startPractice('login-app-computer');
    await vi.waitFor(() =>
      expect(emitTo).toHaveBeenCalledWith('notes', 'presenter-note', {
        guideTitle: practiceView().title,
        counter: '',
        stepTitle: '',
        note: 'Sig: velkommen.',
      }),
    );
  });

  it('is not sent when no notes window is open', async () => {
    commands({ start_practice: practiceView(), practice_note: null });
    await ui.startPractice('login-app-computer');
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('practice_note'));
    await Promise.resolve();
    expect(emitTo).not.toHaveBeenCalled();
  });
});

describe('the view models from Rust', () => {
  it('are kept as sent, not wrapped in proxies, so a switch or a step costs no wrapping', async () => {
    const view = danishView();
    const guide = guideView();
    commands({ set_locale: view, open_guide: guide, record_step: null });
    await ui.switchLocale('da');
    expect(ui.view).toBe(view);
    await ui.openGuide(guide.id);
    await ui.goToStep(1);
    expect(ui.screen.name === 'guide' && ui.screen.guide).toBe(guide);
  });
});
