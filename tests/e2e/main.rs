//! End-to-end tests: the real release binary in a real window under Xvfb, driven over WebDriver.
//! Each test has a time limit and its own data folder.

mod ambassador;
mod faults;
mod handout;
mod hard_kill;
mod home;
mod plan;
mod practice;
mod privacy;
mod pseudo;
mod reader;
mod screens;
mod translator;
mod translator_faults;

use std::future::Future;
use std::time::Duration;

use trinvis_e2e::TEST_TIMEOUT;

/// Runs one end-to-end test on its own runtime with the suite's time limit.
fn within_limit(test: impl Future<Output = ()>) {
    within(TEST_TIMEOUT, test);
}

/// Runs one end-to-end test on its own runtime with a longer limit, for walks over every screen.
fn within(limit: Duration, test: impl Future<Output = ()>) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime starts");
    runtime
        .block_on(async { tokio::time::timeout(limit, test).await })
        .expect("the end-to-end test finished within its time limit");
}
