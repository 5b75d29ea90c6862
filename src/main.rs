use clap::Parser;

mod allocator;
mod cli;

// mimalloc for small blocks, the system's for large ones (see the module).
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

fn main() -> std::process::ExitCode {
    let exit = match cli::Cli::try_parse() {
        Ok(args) => cli::run(args),
        // clap exits with 2 on a bad flag, which arshif uses for partial success: a bad flag
        // is a user error (1). Help and version are not errors at all.
        Err(err) => {
            let _ = err.print();
            if err.use_stderr() {
                cli::Exit::UserError
            } else {
                cli::Exit::Success
            }
        }
    };
    std::process::ExitCode::from(exit as u8)
}
