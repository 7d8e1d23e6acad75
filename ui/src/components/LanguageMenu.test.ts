import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import LanguageMenu from './LanguageMenu.svelte';
import { danishView } from '../test/fixtures';
import { recordFontLoads } from '../test/font-loads';

afterEach(cleanup);

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; these do what the browser's do to `open`.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function renderMenu(onselect: (tag: string) => Promise<void> | void = vi.fn()) {
  const view = danishView();
  render(LanguageMenu, {
    props: {
      languages: view.languages,
      current: 'da',
      buttonLabel: 'Sprog',
      title: 'Vælg sprog',
      closeLabel: 'Luk',
      onselect,
    },
  });
  return onselect;
}

describe('LanguageMenu', () => {
  it('loads the Arabic-script fonts when the pointer reaches its button, not before', async () => {
    const loads = recordFontLoads();
    renderMenu();
    expect(loads).toEqual([]);
    await fireEvent.pointerEnter(screen.getByRole('button', { name: 'Sprog' }));
    expect(loads).toContain('400 1em "Noto Nastaliq Urdu"');
    expect(loads).toHaveLength(4);
  });

  it('names every language in itself, in its own direction', async () => {
    renderMenu();
    await fireEvent.click(screen.getByRole('button', { name: 'Sprog' }));
    const arabic = screen.getByRole('button', { name: 'العربية' });
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: 'Dansk' }).getAttribute('aria-current')).toBe('true');
    expect(arabic.getAttribute('aria-current')).toBeNull();
  });

  it('reports the chosen language and closes', async () => {
    const onselect = renderMenu();
    await fireEvent.click(screen.getByRole('button', { name: 'Sprog' }));
    const dialog = screen.getByRole('dialog', { name: 'Vælg sprog' });
    expect(dialog.hasAttribute('open')).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'اردو' }));
    expect(onselect).toHaveBeenCalledWith('ur');
    expect(dialog.hasAttribute('open')).toBe(false);
  });

  it('stays open until the new language is shown, so both change in one update', async () => {
    let finish = (): void => {};
    const onselect = renderMenu(vi.fn(() => new Promise<void>((resolve) => (finish = resolve))));
    await fireEvent.click(screen.getByRole('button', { name: 'Sprog' }));
    const dialog = screen.getByRole('dialog', { name: 'Vælg sprog' });
    await fireEvent.click(screen.getByRole('button', { name: 'العربية' }));
    expect(onselect).toHaveBeenCalledWith('ar');
    expect(dialog.hasAttribute('open')).toBe(true);
    finish();
    await vi.waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
  });

  it('closes without choosing', async () => {
    const onselect = renderMenu();
    await fireEvent.click(screen.getByRole('button', { name: 'Sprog' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Luk' }));
    expect(onselect).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { hidden: true }).hasAttribute('open')).toBe(false);
  });
});
