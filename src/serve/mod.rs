//! The web server behind `arshif serve`: a search page and a read-only JSON API over one open
//! index.
//!
//! Every answer comes from the same [`ArchiveSearcher`] that `search` and `batch` use (query,
//! filters, ranking, snippets); searches run on tokio's blocking pool, since they are CPU work,
//! at most one per core at a time.
//! The page (HTML, CSS, JS) is compiled into the binary and needs nothing from the network.
//! Every response carries a strict Content-Security-Policy: the page's own script and style
//! only, no inline code, no framing.

pub mod api;
pub mod page;

use std::future::Future;
use std::sync::Arc;

use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use crate::search::ArchiveSearcher;

/// Address served when none is given: loopback only, so an archive is never exposed by accident.
pub const DEFAULT_ADDR: &str = "127.0.0.1:7700";

/// What every response may load and run: only the page's own files, never inline code or data
/// from elsewhere (article text is untrusted; this is the second line of defence after escaping).
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'";

/// The application: the page, its assets and the API, with security headers on every answer.
pub fn router(searcher: Arc<ArchiveSearcher>) -> Router {
    Router::new()
        .route("/", get(page::index))
        .route("/assets/app.js", get(page::script))
        .route("/assets/app.css", get(page::style))
        .nest("/api", api::router())
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::read_only)
        .with_state(api::Shared::new(searcher))
        .layer(axum::middleware::map_response(security_headers))
}

async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    let fixed = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// Serves `searcher` on `listener` until `shutdown` completes; requests in flight are finished
/// first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    searcher: Arc<ArchiveSearcher>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(searcher)).with_graceful_shutdown(shutdown).await
}
