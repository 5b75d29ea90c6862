//! `arshif serve`: the search page and JSON API over an index, until Ctrl-C.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use clap::Args;

use super::{warn, Exit, IndexDir};
use arshif::search::ArchiveSearcher;
use arshif::serve::{self, DEFAULT_ADDR};

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    index: IndexDir,
    /// Address to listen on. The default serves this machine only; give another address (e.g.
    /// 0.0.0.0:7700) to let other machines in. Port 0 picks a free port.
    #[arg(long, value_name = "IP:PORT", default_value = DEFAULT_ADDR)]
    addr: SocketAddr,
}

pub fn run(args: ServeArgs) -> anyhow::Result<Exit> {
    // Opened before listening, so a missing index is an error at once, not on every request.
    let searcher = Arc::new(ArchiveSearcher::open(&args.index.dir)?);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's threads")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let addr = listener.local_addr()?;
        let shutdown = shutdown_signal()?;
        if !addr.ip().is_loopback() {
            warn(&format!("serving on {addr}: other machines can read this archive"));
        }
        eprintln!(
            "arshif: serving {} articles from {} on http://{addr} (Ctrl-C to stop)",
            searcher.num_docs(),
            args.index.dir.display()
        );
        serve::serve(listener, searcher, shutdown).await?;
        eprintln!("arshif: stopped");
        anyhow::Ok(())
    })?;
    Ok(Exit::Success)
}

/// Completes on Ctrl-C, or on SIGTERM (how service managers stop a server).
///
/// The handlers are installed here, before the server says it is listening, not when the
/// returned future is first polled: otherwise a Ctrl-C that comes right after the "serving" line
/// finds the default action still in place and kills the process without a clean stop.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt()).context("cannot listen for Ctrl-C")?;
        let mut terminate = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        let mut ctrl_c = tokio::signal::windows::ctrl_c().context("cannot listen for Ctrl-C")?;
        Ok(async move {
            ctrl_c.recv().await;
        })
    }
}
