//! `arshif extract` (being written).

use clap::Args;

use super::Exit;

#[derive(Debug, Args)]
pub struct ExtractArgs {}

pub fn run(_args: ExtractArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("`arshif extract` is not available yet")
}
