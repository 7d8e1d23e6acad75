/** A view as Rust sends it, for component tests. */
import type { UiView } from '../lib/ipc';

export function danishView(): UiView {
  return {
    locale: 'da',
    dir: 'ltr',
    text: {
      'window-title': 'Trinvis',
      'home-title': 'Velkommen til Trinvis',
      'home-intro': 'Øv dig.',
      'language-button': 'Sprog',
      'language-menu-title': 'Vælg sprog',
      'language-menu-close': 'Luk',
      'topics-heading': 'Emner',
      'text-missing': '(Teksten mangler)',
      'error-generic': 'Noget gik galt. Prøv igen.',
    },
    languages: [
      { tag: 'da', name: 'Dansk', dir: 'ltr' },
      { tag: 'ar', name: 'العربية', dir: 'rtl' },
      { tag: 'ur', name: 'اردو', dir: 'rtl' },
    ],
    topics: [
      { id: 'mitid', title: 'MitID', summary: 'Log sikkert på.' },
      { id: 'digital-post', title: 'Digital Post', summary: 'Læs breve.' },
    ],
  };
}
