use clap::Parser;

mod cli;

fn main() -> std::process::ExitCode {
    let exit = cli::run(cli::Cli::parse());
    std::process::ExitCode::from(exit as u8)
}
