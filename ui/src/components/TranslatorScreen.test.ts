import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import AppHeader from './AppHeader.svelte';
import TranslatorScreen from './TranslatorScreen.svelte';
import { danishView, translatorUiView, translatorView } from '../test/fixtures';

afterEach(cleanup);

describe('TranslatorScreen', () => {
  it('shows the folder, announces the reload count, and holds the status table and the problems', async () => {
    const onstop = vi.fn();
    const { rerender } = render(TranslatorScreen, { props: { view: translatorUiView(), translator: translatorView(), onstop } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Oversættertilstand');
    expect(screen.getByText('/home/oversaetter/locales').getAttribute('translate')).toBe('no');
    const reloads = screen.getAllByRole('status').find((s) => s.classList.contains('reloads'))!;
    expect(reloads.textContent?.replace(/\s+/g, ' ').trim()).toBe('Antal genindlæsninger fra disken: 2');
    await rerender({ view: translatorUiView(), translator: { ...translatorView(), reloads: 3 }, onstop });
    expect(reloads.textContent).toContain('3');
    expect(screen.getByRole('table', { name: 'Status for hvert sprog' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Problemer fundet af tjekket' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Stop oversættertilstand' }));
    expect(onstop).toHaveBeenCalled();
  });

  it('is reached from the header only while translator mode is on', async () => {
    const onnavigate = vi.fn();
    const props = { screen: 'home' as const, onnavigate, onselectlanguage: vi.fn() };
    const { rerender } = render(AppHeader, { props: { ...props, view: danishView() } });
    expect(screen.queryByRole('button', { name: 'Oversætter' })).toBeNull();
    await rerender({ ...props, view: translatorUiView() });
    await fireEvent.click(screen.getByRole('button', { name: 'Oversætter' }));
    expect(onnavigate).toHaveBeenCalledWith('translator');
  });
});
