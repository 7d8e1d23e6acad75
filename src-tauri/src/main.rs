// Keeps a console window from opening beside the app in Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let context = trinvis::context();
    if trinvis::cli::wants_cli(&args) {
        let os_locales: Vec<String> = sys_locale::get_locales().collect();
        return trinvis::cli::main(&args, &os_locales, &context);
    }
    let translate = match args.as_slice() {
        [flag, folder, ..] if flag == "--translate" => Some(std::path::PathBuf::from(folder)),
        // Without its folder the flag is a mistake to explain, not a reason to open the window.
        [flag] if flag == "--translate" => {
            let os_locales: Vec<String> = sys_locale::get_locales().collect();
            return trinvis::cli::main(&args, &os_locales, &context);
        }
        _ => None,
    };
    match trinvis::run(translate, context) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
