//! The command line on the same binary, with no window: list guides and practice flows, and
//! show a guide as text, JSON or a printable HTML handout. All text comes from the same view models as the app.

mod l10n;

use std::fmt::Write as _;
use std::process::ExitCode;

use crate::content::ContentStore;
use crate::l10n::{id, Args, Chain, Direction, Localizer};
use crate::progress::ProgressStore;
use crate::views::{GuideView, HandoutPage, Views};

/// Exit code for a request that names something that does not exist, or is malformed.
const USAGE_ERROR: u8 = 2;

/// The fonts a handout embeds, so it prints right without anything installed: each family, and
/// the name its file had before the UI's build added a content hash.
const HANDOUT_FONTS: [(&str, &str); 3] = [
    ("Noto Sans", "NotoSans-Regular"),
    ("Noto Naskh Arabic", "NotoNaskhArabic-Regular"),
    ("Noto Nastaliq Urdu", "NotoNastaliqUrdu-Regular"),
];

/// Whether the arguments ask for the command line rather than the window.
pub fn wants_cli(args: &[String]) -> bool {
    matches!(
        args.first().map(String::as_str),
        Some("guides" | "practice" | "l10n" | "help" | "--help" | "-h")
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Html,
}

struct Request {
    command: Command,
    lang: Option<String>,
    /// A second language for a handout, in a column beside the first.
    also: Option<String>,
    format: Format,
}

enum Command {
    Help,
    List,
    Show(String),
    ListPractice,
}

/// An outcome to print: text for standard output, or a message for standard error and a code.
enum Outcome {
    Print(String),
    Fail(String),
}

/// Runs the command line and returns the process exit code.
pub fn main(args: &[String], os_locales: &[String], context: &tauri::Context) -> ExitCode {
    let (l10n, content) = match (Localizer::embedded(), ContentStore::embedded()) {
        (Ok(l10n), Ok(content)) => (l10n, content),
        (Err(e), _) => return internal(&e),
        (_, Err(e)) => return internal(&e),
    };
    if args.first().map(String::as_str) == Some("l10n") {
        let chain = Chain::new(l10n.negotiate(os_locales), l10n.locale("en").ok());
        return l10n::main(&l10n, &chain, &args[1..]);
    }
    match run(l10n, content, args, os_locales, context) {
        Outcome::Print(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Outcome::Fail(message) => {
            eprintln!("{}", without_isolation(&message));
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// Removes Fluent's bidi isolation marks: they help a browser lay out mixed scripts, but in a
/// terminal or to a JSON reader they are only invisible noise.
fn without_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn internal(error: &dyn std::error::Error) -> ExitCode {
    eprintln!("{error}");
    ExitCode::FAILURE
}

fn run(
    mut l10n: Localizer,
    content: ContentStore,
    args: &[String],
    os: &[String],
    context: &tauri::Context,
) -> Outcome {
    let os_chain = Chain::new(l10n.negotiate(os), l10n.locale("en").ok());
    let request = match parse(args) {
        Ok(request) => request,
        Err(bad) => {
            let args = Args::new().text("arg", bad);
            return Outcome::Fail(l10n.format(&os_chain, id::CLI_BAD_USAGE, Some(&args)));
        }
    };
    let chain = match &request.lang {
        None => os_chain,
        Some(tag) => match l10n.locale(tag) {
            Ok(locale) => Chain::new(locale, l10n.locale("en").ok()),
            Err(_) => {
                let available: Vec<String> = l10n.available().iter().map(|l| l.tag()).collect();
                let args = Args::new()
                    .text("tag", tag.clone())
                    .text("available", available.join(", "));
                return Outcome::Fail(l10n.format(&os_chain, id::CLI_UNKNOWN_LOCALE, Some(&args)));
            }
        },
    };
    if let Ok(facts) = content.facts() {
        l10n.set_globals(facts);
    }
    let progress = ProgressStore::open_in_memory();
    let views = Views {
        l10n: &l10n,
        content: &content,
        progress: &progress,
        chain: &chain,
    };
    match request.command {
        Command::Help => {
            Outcome::Print(without_isolation(&l10n.format(&chain, id::CLI_USAGE, None)) + "\n")
        }
        Command::List => list(&views, request.format),
        Command::ListPractice => list_practice(&views, request.format),
        Command::Show(guide) => match views.guide(&guide) {
            Ok(_) if request.format == Format::Html && request.also.is_some() => {
                let tag = request.also.as_deref().unwrap_or_default();
                let Ok(also) = l10n.locale(tag) else {
                    let available: Vec<String> = l10n.available().iter().map(|l| l.tag()).collect();
                    let args = Args::new()
                        .text("tag", tag.to_owned())
                        .text("available", available.join(", "));
                    return Outcome::Fail(l10n.format(&chain, id::CLI_UNKNOWN_LOCALE, Some(&args)));
                };
                let also_chain = Chain::new(also, None);
                let beside = Views {
                    chain: &also_chain,
                    ..views
                };
                let pages: Vec<HandoutPage> = [&views, &beside]
                    .into_iter()
                    .filter_map(|views| views.handout_page(&guide).ok())
                    .collect();
                Outcome::Print(handout(&pages, context))
            }
            Ok(view) => show(&views, &view, request.format, context),
            Err(_) => {
                let args = Args::new().text("guide", guide);
                Outcome::Fail(l10n.format(&chain, id::CLI_UNKNOWN_GUIDE, Some(&args)))
            }
        },
    }
}

fn parse(args: &[String]) -> Result<Request, String> {
    let mut words = args.iter();
    let command = match words.next().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => Command::Help,
        Some("guides") => match words.next().map(String::as_str) {
            Some("list") => Command::List,
            Some("show") => match words.next() {
                Some(id) if !id.starts_with('-') => Command::Show(id.clone()),
                other => return Err(other.cloned().unwrap_or_else(|| "show".into())),
            },
            other => return Err(other.map_or_else(|| "guides".into(), str::to_owned)),
        },
        Some("practice") => match words.next().map(String::as_str) {
            Some("list") => Command::ListPractice,
            other => return Err(other.map_or_else(|| "practice".into(), str::to_owned)),
        },
        Some(other) => return Err(other.to_owned()),
    };
    let mut request = Request {
        command,
        lang: None,
        also: None,
        format: Format::Text,
    };
    while let Some(word) = words.next() {
        match word.as_str() {
            "--lang" => request.lang = Some(words.next().ok_or("--lang")?.clone()),
            "--also" if matches!(request.command, Command::Show(_)) => {
                request.also = Some(words.next().ok_or("--also")?.clone());
            }
            "--format" => {
                request.format = match words.next().map(String::as_str) {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    Some("html") if matches!(request.command, Command::Show(_)) => Format::Html,
                    other => return Err(other.unwrap_or("--format").to_owned()),
                }
            }
            other => return Err(other.to_owned()),
        }
    }
    Ok(request)
}

fn list(views: &Views<'_>, format: Format) -> Outcome {
    let Ok(ui) = views.ui(&Default::default(), None) else {
        return Outcome::Fail(views.l10n.format(views.chain, id::ERROR_GENERIC, None));
    };
    let guides: Vec<_> = ui.topics.iter().flat_map(|t| t.guides.iter()).collect();
    let text = match format {
        Format::Json => json(&guides),
        _ => guides.iter().fold(String::new(), |mut out, guide| {
            let _ = writeln!(out, "{}\t{}", guide.id, guide.title);
            out
        }),
    };
    Outcome::Print(without_isolation(&text))
}

fn list_practice(views: &Views<'_>, format: Format) -> Outcome {
    let Ok(ui) = views.ui(&Default::default(), None) else {
        return Outcome::Fail(views.l10n.format(views.chain, id::ERROR_GENERIC, None));
    };
    let flows: Vec<_> = ui.topics.iter().flat_map(|t| t.practice.iter()).collect();
    let text = match format {
        Format::Json => json(&flows),
        _ => flows.iter().fold(String::new(), |mut out, flow| {
            let _ = writeln!(out, "{}\t{}", flow.id, flow.title);
            out
        }),
    };
    Outcome::Print(without_isolation(&text))
}

fn show(views: &Views<'_>, guide: &GuideView, format: Format, context: &tauri::Context) -> Outcome {
    let key_words = views.l10n.format(views.chain, id::GUIDE_KEY_WORDS, None);
    match format {
        Format::Json => Outcome::Print(without_isolation(&json(guide))),
        Format::Text => {
            let mut out = format!("{}\n{}\n", guide.title, guide.summary);
            for step in &guide.steps {
                let _ = write!(out, "\n{}: {}\n{}\n", step.counter, step.title, step.body);
                if !step.terms.is_empty() {
                    let _ = writeln!(out, "{key_words}:");
                    for term in &step.terms {
                        let _ = writeln!(out, "  {}: {}", term.danish, term.meaning);
                    }
                }
            }
            Outcome::Print(without_isolation(&out))
        }
        Format::Html => Outcome::Print(handout(
            &views
                .handout_page(&guide.id)
                .into_iter()
                .collect::<Vec<_>>(),
            context,
        )),
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).map_or_else(|e| e.to_string(), |text| text + "\n")
}

/// The attributes that give a handout column its own language and direction.
fn attrs(page: &HandoutPage) -> String {
    let dir = match page.dir {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    format!("lang=\"{}\" dir=\"{dir}\"", page.locale)
}

/// A printable page: the guide in one language, or two side by side (each column in its own
/// language and direction, step by step), with the Danish key words and the hotlines, and the
/// fonts embedded so Arabic and Urdu print right without anything installed.
fn handout(pages: &[HandoutPage], context: &tauri::Context) -> String {
    let Some(first) = pages.first() else {
        return String::new();
    };
    let row = |cells: &mut dyn Iterator<Item = String>| {
        let cells: String = cells.collect();
        format!("<div class=\"row\">\n{cells}</div>\n")
    };
    let mut body = row(&mut pages.iter().map(|page| {
        format!(
            "<header class=\"cell\" {}>\n<h1>{}</h1>\n<p class=\"summary\">{}</p>\n</header>\n",
            attrs(page),
            esc(&page.guide.title),
            esc(&page.guide.summary)
        )
    }));
    for index in 0..first.guide.steps.len() {
        body.push_str(&row(&mut pages.iter().filter_map(|page| {
            let step = page.guide.steps.get(index)?;
            let mut cell = format!(
                "<section class=\"cell step\" {}>\n<p class=\"counter\">{}</p>\n<h2>{}</h2>\n<p>{}</p>\n",
                attrs(page),
                esc(&step.counter),
                esc(&step.title),
                esc(&step.body)
            );
            if !step.terms.is_empty() {
                let _ = write!(cell, "<h3>{}</h3>\n<dl>\n", esc(&page.key_words));
                for term in &step.terms {
                    let _ = writeln!(
                        cell,
                        "<dt lang=\"da\" dir=\"ltr\">{}</dt><dd>{}</dd>",
                        esc(&term.danish),
                        esc(&term.meaning)
                    );
                }
                cell.push_str("</dl>\n");
            }
            cell.push_str("</section>\n");
            Some(cell)
        })));
    }
    body.push_str(&row(&mut pages.iter().filter_map(|page| {
        let (title, text) = (&page.hotlines_title, &page.hotlines);
        (!text.is_empty()).then(|| {
            format!(
                "<aside class=\"cell hotlines\" {}>\n<h2>{}</h2>\n<p>{}</p>\n</aside>\n",
                attrs(page),
                esc(title),
                esc(text)
            )
        })
    })));
    format!(
        "<!doctype html>\n<html {attrs}>\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n<style>\n{fonts}{style}</style>\n</head>\n<body class=\"columns-{count}\">\n{body}</body>\n</html>\n",
        attrs = attrs(first),
        title = esc(&first.guide.title),
        count = pages.len(),
        fonts = font_faces(context),
        style = HANDOUT_STYLE,
    )
}

const HANDOUT_STYLE: &str = "
body { font-family: 'Noto Sans', sans-serif; font-size: 16pt; line-height: 1.5; margin: 2cm; }
:lang(ar) { font-family: 'Noto Naskh Arabic', 'Noto Sans', sans-serif; font-size: 18pt; }
:lang(ur) { font-family: 'Noto Nastaliq Urdu', 'Noto Sans', sans-serif; line-height: 2.2; font-size: 18pt; }
h1 { font-size: 26pt; margin-block: 0 0.25em; }
.row { display: grid; grid-template-columns: repeat(auto-fit, minmax(0, 1fr)); column-gap: 1.2cm; }
.columns-2 { font-size: 14pt; margin: 1.5cm; }
.hotlines { break-inside: avoid; border: 2px solid #0a5866; padding: 0.5em; margin-block-start: 1em; }
.hotlines p, .step p { white-space: pre-line; }
.summary { font-size: 18pt; margin-block-end: 1em; }
.step { break-inside: avoid; border-block-start: 2px solid #0a5866; padding-block: 0.5em; }
.counter { font-weight: 700; color: #0a5866; margin: 0; }
h2 { font-size: 20pt; margin-block: 0.2em; }
h3 { font-size: 14pt; margin-block: 0.5em 0.2em; }
dt { font-weight: 700; }
dd { margin-inline-start: 1.5em; margin-block-end: 0.3em; }
";

/// The handout's `@font-face` rules, each with its font inlined.
fn font_faces(context: &tauri::Context) -> String {
    HANDOUT_FONTS
        .iter()
        .filter_map(|(family, name)| Some((family, ui_font(context, name)?)))
        .fold(String::new(), |mut out, (family, bytes)| {
            let _ = writeln!(
                out,
                "@font-face {{ font-family: '{family}'; src: url(data:font/woff2;base64,{}) format('woff2'); }}",
                base64(&bytes)
            );
            out
        })
}

/// A font among the UI's compiled-in files, by its name before the build's content hash
/// (`/assets/NotoSans-Regular-D18MvSiX.woff2`); none if the UI no longer bundles it.
fn ui_font(context: &tauri::Context, name: &str) -> Option<Vec<u8>> {
    let assets = context.assets();
    let prefix = format!("/assets/{name}-");
    let key = assets
        .iter()
        .map(|(key, _)| key)
        .find(|key| key.starts_with(&prefix) && key.ends_with(".woff2"))?;
    assets
        .get(&tauri::utils::assets::AssetKey::from(key.as_ref()))
        .map(std::borrow::Cow::into_owned)
}

/// Standard base64 with padding, for the embedded fonts.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Escapes text for HTML element content and attribute values.
/// Escapes text for HTML. Inside an isolated placeable (a phone number, an age) spaces do not
/// break, so a number is never split across lines, where right-to-left text would scramble it.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut isolated = 0_u32;
    for c in text.chars() {
        match c {
            '\u{2068}' => {
                isolated += 1;
                out.push(c);
            }
            '\u{2069}' => {
                isolated = isolated.saturating_sub(1);
                out.push(c);
            }
            ' ' if isolated > 0 => out.push('\u{a0}'),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn every_handout_font_comes_from_the_ui_files_unchanged() {
        let context = crate::context();
        let fonts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/fonts");
        for (family, name) in HANDOUT_FONTS {
            let source = std::fs::read(fonts.join(format!("{name}.woff2")))
                .unwrap_or_else(|e| panic!("{name}.woff2: {e}"));
            assert!(
                ui_font(&context, name).as_deref() == Some(&source[..]),
                "{family}: the UI's files hold no {name} identical to its source"
            );
        }
        assert_eq!(
            font_faces(&context).matches("@font-face").count(),
            HANDOUT_FONTS.len()
        );
    }

    #[test]
    fn html_escaping_covers_markup_and_quotes() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
