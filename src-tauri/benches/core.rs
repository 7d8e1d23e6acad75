//! Hot paths of the core, each beside a floor measured in the same run: the core's part of a
//! start, opening the content store, formatting a guide's view model, one search query, and the
//! Rust side of a language switch.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::Connection;
use trinvis::content::ContentStore;
use trinvis::l10n::{id, Chain, Localizer};
use trinvis::progress::ProgressStore;
use trinvis::views::Views;

fn open(c: &mut Criterion) {
    let mut group = c.benchmark_group("open");
    group.bench_function("floor: empty in-memory SQLite", |b| {
        b.iter(|| black_box(Connection::open_in_memory()))
    });
    group.bench_function("content store", |b| {
        b.iter(|| black_box(ContentStore::embedded()))
    });
    group.finish();
}

fn format(c: &mut Criterion) {
    let mut l10n = Localizer::embedded().expect("locales load");
    let content = ContentStore::embedded().expect("content opens");
    l10n.set_globals(content.facts().expect("facts"));
    let progress = ProgressStore::open_in_memory();
    let mut group = c.benchmark_group("format");
    for tag in ["da", "ar"] {
        let chain = Chain::new(l10n.locale(tag).expect("locale"), l10n.locale("en").ok());
        let views = Views {
            l10n: &l10n,
            content: &content,
            progress: &progress,
            chain: &chain,
        };
        group.bench_function(format!("floor: one message ({tag})"), |b| {
            b.iter(|| black_box(l10n.format(&chain, id::HOME_TITLE, None)))
        });
        group.bench_function(format!("guide view model, 7 steps ({tag})"), |b| {
            b.iter(|| black_box(views.guide("what-is-mitid")))
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let content = ContentStore::embedded().expect("content opens");
    let conn = Connection::open_in_memory().expect("SQLite opens");
    let mut group = c.benchmark_group("search");
    group.bench_function("floor: SELECT 1", |b| {
        b.iter(|| {
            black_box(
                conn.prepare_cached("SELECT 1")
                    .and_then(|mut s| s.query_row([], |r| r.get::<_, i64>(0))),
            )
        })
    });
    group.bench_function("query 'mitid' (da)", |b| {
        b.iter(|| black_box(content.search("da", "mitid")))
    });
    group.bench_function("query 'تسجّل' (ar)", |b| {
        b.iter(|| black_box(content.search("ar", "تسجّل")))
    });
    group.finish();
}

/// What Rust does when the learner picks another language: save the choice in a progress database
/// on disk, and format every text of the interface again.
fn switch(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("trinvis-bench-switch-{}", std::process::id()));
    let state = trinvis::core_state(&dir, &[]).expect("the core starts");
    let mut group = c.benchmark_group("language switch");
    group.bench_function("floor: the interface's texts as they are (load_ui)", |b| {
        b.iter(|| black_box(state.ui_view()))
    });
    let mut arabic = false;
    group.bench_function("Danish and Arabic in turn (set_locale)", |b| {
        b.iter(|| {
            arabic = !arabic;
            black_box(state.set_locale(if arabic { "ar" } else { "da" }))
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

/// What Rust does before the window opens: load the texts, open the stores, and format the first
/// view that the page is handed.
fn start(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("trinvis-bench-start-{}", std::process::id()));
    let mut group = c.benchmark_group("start");
    group.bench_function("as starts did before: every built-in locale parsed", |b| {
        b.iter(|| {
            black_box(Localizer::from_sources(
                trinvis::l10n::REFERENCE,
                trinvis::l10n::built_in_sources(),
            ))
        })
    });
    group.bench_function("the built-in locales, Danish parsed", |b| {
        b.iter(|| black_box(Localizer::embedded()))
    });
    group.bench_function("core state and the first view", |b| {
        b.iter(|| {
            let state = trinvis::core_state(&dir, &[]).expect("the core starts");
            black_box(state.ui_view())
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, start, open, format, search, switch);
criterion_main!(benches);
