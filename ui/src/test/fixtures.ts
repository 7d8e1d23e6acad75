/** Views as Rust sends them, for component tests. */
import type { GuideView, PracticeView, PresentationView, TermView, TranslatorView, UiView, WidgetView } from '../lib/ipc';

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
      'resume-heading': 'Fortsæt, hvor du slap',
      'resume-button': 'Fortsæt',
      'topic-coming-soon': 'Kommer snart',
      'guide-completed': 'Læst',
      'guide-back': 'Tilbage',
      'guide-next': 'Næste',
      'guide-finish': 'Færdig',
      'guide-key-words': 'Danske ord på skærmen',
      'guide-done-title': 'Godt klaret!',
      'guide-done-text': 'Du har læst hele vejledningen.',
      'guide-to-home': 'Til forsiden',
      'guide-keyboard-hint': 'Du kan også bladre med piletasterne.',
      'guide-illustration-label': 'Sådan ser det ud',
      'practice-tag': 'Øvelse',
      'practice-guidance-heading': 'Det skal du gøre',
      'practice-hint-button': 'Vis et tip',
      'practice-show-me-button': 'Vis mig det',
      'practice-restart-button': 'Start forfra',
      'practice-safe-note': 'Det her er en øvelse.',
      'practice-address-label': 'Webadresse',
      'practice-qr-label': 'QR-kode',
      'practice-swipe-label': 'Stryg for at godkende',
      'practice-reject-label': 'Godkend ikke',
      'practice-done-title': 'Godt klaret!',
      'practice-hang-up-label': 'Læg på',
      'practice-caller-label': 'Skjult nummer',
      'practice-caller-says': 'Den, der ringer, siger:',
      'practice-close-page-label': 'Luk siden',
      'practice-error-label': 'Fejl',
      'practice-code-display-label': 'Din kodeviser',
      'practice-computer-label': 'Computer',
      'practice-phone-label': 'Telefon',
      'practice-meanwhile-label': 'Imens',
      'practice-meaning-button': 'Hvad betyder det?',
      'practice-glossary-button': 'Ordliste',
      'practice-unread-label': 'Ulæst',
      'practice-attachment-label': 'Med vedhæftet fil',
      'practice-document-label': 'Åbnet fil',
      'guide-check-title': 'Tjek dig selv',
      'guide-check-intro': 'Vælg et svar til hvert spørgsmål.',
      'guide-check-right': 'Rigtigt',
      'guide-check-wrong': 'Ikke rigtigt. Prøv et andet svar.',
      'glossary-title': 'Ordliste',
      'glossary-intro': 'Ordene, du møder.',
      'glossary-search-label': 'Find et ord',
      'glossary-search-hint': 'Skriv på dansk eller på dit eget sprog.',
      'glossary-no-match': 'Ingen ord passer til det, du skrev.',
      'glossary-example-label': 'Eksempel:',
      'glossary-back-to-practice': 'Tilbage til øvelsen',
      'present-button': 'Vis for en gruppe',
      'present-exit': 'Afslut præsentation',
      'present-keys-hint': 'Piletaster: trin',
      'present-choose-audience': 'Gruppens sprog: tryk på et tal.',
      'present-blank-label': 'Skærmen er sort. Tryk B for at vise den igen.',
      'present-notes-button': 'Noter i eget vindue',
      'present-help-button': 'Hvad må jeg hjælpe med?',
      'help-card-title': 'Hvad må jeg hjælpe med?',
      'help-card-close': 'Luk',
      'look-away-prompt': 'Hjælper du en anden? Kig væk nu.',
    },
    screens: { 'screen-mitid': 'MitID', 'screen-log-paa': 'Log på', 'screen-bruger-id': 'Bruger-ID', 'screen-fortsaet': 'Fortsæt' },
    languages: [
      { tag: 'da', name: 'Dansk', dir: 'ltr', pseudo: false, review: 'kladde, endnu ikke gennemset' },
      { tag: 'ar', name: 'العربية', dir: 'rtl', pseudo: false, review: 'مسودة، لم يراجعها بعد' },
      { tag: 'ur', name: 'اردو', dir: 'rtl', pseudo: false, review: 'مسودہ' },
      { tag: 'ar-XB', name: 'Pseudo', dir: 'rtl', pseudo: true, review: 'testsprog' },
    ],
    firstRun: false,
    settings: {
      secondLanguage: 'en',
      textSize: 100,
      textSizeOptions: [
        { value: 100, label: '100 %' },
        { value: 200, label: '200 %' },
      ],
      highContrast: false,
    },
    notice: null,
    resume: { guideId: 'what-is-mitid', title: 'Hvad er MitID?', step: 2, stepLabel: 'Trin 3 af 7' },
    topics: [
      {
        id: 'mitid',
        title: 'MitID',
        summary: 'Log sikkert på.',
        guides: [
          { id: 'what-is-mitid', title: 'Hvad er MitID?', summary: 'Det første.', minutesLabel: 'Cirka 4 minutter', completed: true },
        ],
        practice: [{ id: 'login-app-computer', title: 'Log på med MitID appen' }],
      },
      { id: 'helping-others', title: 'Hjælp andre', summary: 'Hvad du må.', guides: [], practice: [] },
    ],
    translator: false,
  };
}

export function guideView(): GuideView {
  return {
    id: 'what-is-mitid',
    title: 'Hvad er MitID?',
    summary: 'Det første.',
    position: 0,
    steps: [
      { title: 'Hvad er det?', body: 'Dit digitale ID.', counter: 'Trin 1 af 2', illustration: null, terms: [] },
      {
        title: 'Log på',
        body: 'Skriv dit Bruger-ID.',
        counter: 'Trin 2 af 2',
        illustration: 'mitid-login-box',
        terms: [{ id: 'bruger-id', danish: 'Bruger-ID', meaning: 'Dit navn i MitID.', example: 'Eksempel.' }],
      },
    ],
    questions: [],
  };
}

/** A widget as the core sends it, with nothing typed, asked or shown. */
export function widget(id: string, kind: WidgetView['kind'], term: TermView | null = null): WidgetView {
  return {
    id,
    kind,
    term,
    value: null,
    asker: null,
    label: null,
    sender: null,
    detail: null,
    unread: false,
    attachment: false,
    disabled: false,
    words: null,
    code: null,
  };
}

export function practiceView(): PracticeView {
  return {
    flowId: 'login-app-computer',
    title: 'Log på med MitID appen',
    screen: {
      id: 'mitid-box',
      frame: 'browser',
      address: 'https://www.mitid.dk',
      isEnd: false,
      widgets: [
        widget('user-id', 'field', { id: 'bruger-id', danish: 'Bruger-ID', meaning: 'Dit navn i MitID.', example: 'Eksempel.' }),
        widget('continue', 'button', { id: 'fortsaet', danish: 'Fortsæt', meaning: 'Gå videre.', example: 'Eksempel.' }),
      ],
      actions: [{ id: 'continue', widget: 'continue' }],
      beside: null,
      secretEntry: false,
    },
    guidance: 'Skriv et øve-bruger-ID.',
    feedback: null,
    hint: null,
    showMe: null,
    note: null,
    mistakes: 0,
    presenterNote: 'Sig: velkommen.',
  };
}

/** The Danish view with translator mode on and its chrome texts. */
export function translatorUiView(): UiView {
  const view = danishView();
  return {
    ...view,
    translator: true,
    text: {
      ...view.text,
      'nav-settings': 'Indstillinger',
      'nav-translator': 'Oversætter',
      'settings-translator': 'Oversættertilstand',
      'settings-translator-hint': 'Til oversættere.',
      'settings-translator-folder': 'Mappe med sprogfiler',
      'settings-translator-folder-hint': 'Mappen med én mappe for hvert sprog.',
      'settings-translator-open': 'Åbn',
      'translator-stop': 'Stop oversættertilstand',
      'translator-title': 'Oversættertilstand',
      'translator-folder': 'Mappe',
      'translator-reloads': 'Antal genindlæsninger fra disken:',
      'translator-tip-hint': 'Peg på en tekst.',
      'translator-pseudo-hint': 'Sprogmenuen har nu to testsprog.',
      'translator-status-heading': 'Status for hvert sprog',
      'translator-problems-heading': 'Problemer fundet af tjekket',
      'translator-filter-locale': 'Sprog',
      'translator-filter-all': 'Alle sprog',
      'translator-filter-errors-only': 'Kun fejl',
      'translator-problems-none': 'Ingen problemer.',
      'translator-problems-none-filtered': 'Ingen problemer passer til filteret.',
      'translator-problem-place': 'Fil og linje',
      'translator-problem-severity': 'Alvor',
      'translator-problem-message': 'Problem',
      'translator-problem-check': 'Tjek',
      'translator-severity-error': 'Fejl',
      'translator-severity-warning': 'Advarsel',
      'translator-tip-label': 'Besked-ID',
    },
  };
}

/** Translator mode on a folder with a syntax error in Somali and a missing message in Turkish. */
export function translatorView(): TranslatorView {
  return {
    folder: '/home/oversaetter/locales',
    reloads: 2,
    problems: [
      {
        path: 'tr/ui.ftl',
        locale: 'tr',
        file: 'ui.ftl',
        line: 3,
        column: 1,
        severity: 'warning',
        check: 'missing-message',
        id: 'home-intro',
        message: 'Beskeden mangler.',
      },
      {
        path: 'so/ui.ftl',
        locale: 'so',
        file: 'ui.ftl',
        line: 12,
        column: 17,
        severity: 'error',
        check: 'syntax',
        id: null,
        message: 'Der mangler en afsluttende klamme.',
      },
      {
        path: 'so/ui.ftl',
        locale: 'so',
        file: 'ui.ftl',
        line: 4,
        column: 1,
        severity: 'warning',
        check: 'stale',
        id: 'home-title',
        message: 'Den danske tekst er ændret siden.',
      },
    ],
    status: [
      {
        locale: 'da',
        name: 'Dansk',
        translated: 1234,
        missing: 0,
        stale: 0,
        errors: 0,
        warnings: 0,
        dir: 'ltr',
        direction: 'venstre mod højre',
        review: 'reference',
      },
      {
        locale: 'so',
        name: 'Soomaali',
        translated: 1200,
        missing: 34,
        stale: 1,
        errors: 1,
        warnings: 1,
        dir: 'ltr',
        direction: 'venstre mod højre',
        review: 'kladde, endnu ikke gennemset af en indfødt',
      },
      {
        locale: 'ar',
        name: 'العربية',
        translated: 1234,
        missing: 0,
        stale: 0,
        errors: 0,
        warnings: 0,
        dir: 'rtl',
        direction: 'højre mod venstre',
        review: 'kladde, endnu ikke gennemset af en indfødt',
      },
      {
        locale: 'tr',
        name: 'Türkçe',
        translated: 1233,
        missing: 1,
        stale: 0,
        errors: 0,
        warnings: 1,
        dir: 'ltr',
        direction: 'venstre mod højre',
        review: 'kladde, endnu ikke gennemset af en indfødt',
      },
    ],
    labels: {
      'status-locale': 'Sprog',
      'status-translated': 'Oversat',
      'status-missing': 'Mangler',
      'status-stale': 'Forældet',
      'status-errors': 'Fejl',
      'status-warnings': 'Advarsler',
      'status-direction': 'Retning',
      'status-review': 'Gennemsyn',
    },
  };
}

/** A guide as presented: Danish beside Arabic, with a note per step. */
export function presentationView(): PresentationView {
  const danish = guideView();
  const arabic = {
    ...guideView(),
    title: 'ما هو MitID؟',
    steps: guideView().steps.map((step, index) => ({ ...step, title: `الخطوة ${index + 1}`, body: 'نص' })),
  };
  return {
    danish,
    audience: arabic,
    audienceLocale: 'ar',
    audienceDir: 'rtl',
    notes: ['Sig: velkommen.', 'Sig: vis boksen.'],
  };
}
