import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import TranslatorModeSetting from './TranslatorModeSetting.svelte';
import { translatorUiView, translatorView } from '../test/fixtures';

afterEach(cleanup);

const off = () => ({ ...translatorUiView(), translator: false });

describe('TranslatorModeSetting', () => {
  it('opens the typed folder when the form is submitted, as Enter does', async () => {
    const onstart = vi.fn();
    render(TranslatorModeSetting, { props: { view: off(), translator: null, error: null, onstart, onstop: vi.fn() } });
    const field = screen.getByRole('textbox', { name: 'Mappe med sprogfiler' });
    await fireEvent.input(field, { target: { value: '  /home/oversaetter/locales ' } });
    await fireEvent.submit(field.closest('form')!);
    expect(onstart).toHaveBeenCalledWith('/home/oversaetter/locales');
    expect(screen.getByRole('button', { name: 'Åbn' })).toBeTruthy();
  });

  it('shows why a folder was refused beside the field', () => {
    render(TranslatorModeSetting, {
      props: { view: off(), translator: null, error: 'Mappen har ingen sprogmapper.', onstart: vi.fn(), onstop: vi.fn() },
    });
    expect(screen.getByRole('alert').textContent).toBe('Mappen har ingen sprogmapper.');
    const field = screen.getByRole('textbox', { name: 'Mappe med sprogfiler' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('translator-folder-error');
  });

  it('shows the open folder and stops translator mode', async () => {
    const onstop = vi.fn();
    render(TranslatorModeSetting, {
      props: { view: translatorUiView(), translator: translatorView(), error: null, onstart: vi.fn(), onstop },
    });
    expect(screen.getByText('/home/oversaetter/locales').getAttribute('dir')).toBe('ltr');
    expect(screen.queryByRole('textbox')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Stop oversættertilstand' }));
    expect(onstop).toHaveBeenCalled();
  });
});
