//! The `rpy` binary: the command of src/lib.rs, with this executable's
//! `__build` mode as the detached builder.

use std::process::ExitCode;

fn main() -> ExitCode {
    let builder = match std::env::current_exe() {
        Ok(exe) => vec![exe.display().to_string(), "__build".to_string()],
        Err(_) => Vec::new(),
    };
    ExitCode::from(rpy_cli::main_with(std::env::args_os().collect(), &rpy_cli::Launcher { builder }))
}
