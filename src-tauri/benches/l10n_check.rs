//! The locale checker on a generated tree the size the issue names, 70 locales of 1,500
//! messages in 30 files each, beside a floor from the same run: reading every file of the tree
//! into memory, which no checker can avoid.
//!
//! The tree is written to `target/bench/l10n-corpus`, with a compare-locales config beside it
//! (`target/bench/l10n.toml`), so `make bench` can time both tools as whole processes on it.

#[path = "../tests/support/l10n_corpus.rs"]
mod l10n_corpus;

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use l10n_corpus::{describe_corpus, write_compare_locales_config, write_corpus, Corpus, Spec};
use trinvis::l10n::check::{check_folder, CheckOptions};

const LOCALES: usize = 70;
const FILES: usize = 30;
const MESSAGES_PER_FILE: usize = 50;
const REFERENCE: &str = "en-US";

/// `target/bench`, found from the target directory cargo gives benches, so it follows
/// `CARGO_TARGET_DIR`.
fn bench_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join("bench")
}

/// Writes the corpus unless the one on disk was written by the same generator for the same
/// spec, which the stamp beside it records: rewriting 2,124 files on every run is needless churn.
fn corpus() -> Corpus {
    let spec = Spec::new(REFERENCE, LOCALES, FILES, MESSAGES_PER_FILE);
    let dir = bench_dir();
    let root = dir.join("l10n-corpus");
    let stamp_path = dir.join("l10n-corpus.stamp");
    let stamp = spec.stamp();
    if fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp) && root.is_dir() {
        return describe_corpus(&root, &spec);
    }
    // The stamp is removed first and written last, so a run stopped halfway writes it all again.
    let _ = fs::remove_file(&stamp_path);
    if root.exists() {
        fs::remove_dir_all(&root).expect("the old bench corpus can be removed");
    }
    let corpus =
        write_corpus(&root, &spec).expect("the bench corpus can be written under target/bench");
    write_compare_locales_config(&dir.join("l10n.toml"), &corpus)
        .expect("the compare-locales config can be written under target/bench");
    fs::write(&stamp_path, stamp).expect("the corpus stamp can be written");
    corpus
}

fn check(c: &mut Criterion) {
    let corpus = corpus();
    let paths = corpus.paths();
    let options = CheckOptions {
        reference: REFERENCE.to_string(),
        locales: Vec::new(),
    };
    eprintln!(
        "corpus: {} locales besides {REFERENCE}, {} files, {} messages and terms in the reference",
        corpus.expected.len(),
        paths.len(),
        corpus.reference_entries
    );

    // A fast wrong answer is worth nothing: the run measured must be the one the test trusts.
    let report = check_folder(&corpus.root, &options).expect("the bench corpus can be checked");
    assert_eq!(
        report.errors(),
        0,
        "the bench corpus is written without errors"
    );
    for expected in &corpus.expected {
        let summary = report
            .locales
            .iter()
            .find(|s| s.locale == expected.locale)
            .unwrap_or_else(|| panic!("{} is not in the report", expected.locale));
        assert_eq!(
            (summary.missing, summary.obsolete),
            (expected.missing, expected.obsolete),
            "missing and obsolete in {}",
            expected.locale
        );
    }

    let mut group = c.benchmark_group("l10n check");
    // One check reads 12 MB in 2,124 files; criterion's default 100 samples would take
    // minutes, and 10, its least, already tell a regression of a few per cent.
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("floor: read every file", |b| {
        b.iter(|| {
            let mut bytes = 0;
            for path in &paths {
                bytes += fs::read_to_string(path).expect("corpus file reads").len();
            }
            black_box(bytes)
        })
    });
    group.bench_function("check_folder, 70 locales x 1,500 messages", |b| {
        b.iter(|| black_box(check_folder(&corpus.root, &options)))
    });
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
