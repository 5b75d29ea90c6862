//! `arshif stats` (being written).

use clap::Args;

use super::Exit;

#[derive(Debug, Args)]
pub struct StatsArgs {}

pub fn run(_args: StatsArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("`arshif stats` is not available yet")
}
