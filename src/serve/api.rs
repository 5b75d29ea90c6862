//! The JSON API (documented in the README):
//!
//! - `GET /api/search?q=&since=&until=&place=&source=&sort=score|date&limit=&offset=` →
//!   `{"query", "total", "limit", "offset", "hits": [hit…], "notes", "facets": {"places",
//!   "years", "sources"}}`; hits have the schema of `search --format json`, facets count the
//!   matching articles (filters applied);
//! - `GET /api/articles/{id}?q=` → one article, full text, highlight ranges for `q`;
//! - `GET /api/stats?top=` → the document of `stats --format json`.
//!
//! Errors are `{"error": message}` with 400 (bad parameter), 404 (unknown id or path), 405 (a
//! method other than GET: the server only reads) or 500.
//! Query length, `limit` and `offset` are bounded, so one request cannot ask for unbounded work.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;

use crate::search::facets::Facets;
use crate::search::stats::{index_stats, DEFAULT_TOP};
use crate::search::{
    parse_since, parse_until, ArchiveSearcher, Filters, Hit, QuerySyntax, SearchRequest, SortOrder,
};
use crate::Error;

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 500;
/// Most hits per request.
pub const MAX_LIMIT: usize = 100;
/// Deepest page: `offset` at most this (ranking deeper costs memory and time per request).
pub const MAX_OFFSET: usize = 10_000;
/// Hits per request when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 10;
/// Places and sources listed in the facets of a search.
pub const FACET_TOP: usize = 15;
/// Most places and sources `/api/stats?top=` lists.
const MAX_STATS_TOP: usize = 1_000;

/// What the handlers share: the open index, and permits for index work.
#[derive(Clone)]
pub(super) struct Shared {
    pub searcher: Arc<ArchiveSearcher>,
    /// One permit per core: searches wait their turn in order instead of all sharing the
    /// cores at once, which keeps slow answers close to the typical one under load and
    /// bounds the work in progress.
    pub workers: Arc<Semaphore>,
}

impl Shared {
    pub fn new(searcher: Arc<ArchiveSearcher>) -> Shared {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Shared { searcher, workers: Arc::new(Semaphore::new(cores)) }
    }

    /// Runs CPU-bound index work off the async threads, when a worker is free.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&ArchiveSearcher) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let failed = |err: String| ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: format!("the request failed: {err}"),
        };
        let _permit = self.workers.acquire().await.map_err(|err| failed(err.to_string()))?;
        let searcher = self.searcher.clone();
        tokio::task::spawn_blocking(move || work(&searcher))
            .await
            .map_err(|err| failed(err.to_string()))?
    }
}

pub(super) fn router() -> Router<Shared> {
    Router::new()
        .route("/search", get(search))
        // Ids contain `/` (`2022/riyadh.md`), so the id is the rest of the path.
        .route("/articles/{*id}", get(article))
        .route("/stats", get(stats))
        .fallback(not_found)
        .method_not_allowed_fallback(read_only)
}

/// An API error: a status and a message for people, sent as `{"error": message}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, message: message.into() }
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> ApiError {
        let status = match err {
            Error::Invalid(_) => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError { status, message: err.to_string() }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(err: QueryRejection) -> ApiError {
        ApiError::bad_request(err.body_text())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(serde_json::json!({ "error": self.message }))).into_response()
    }
}

/// Any method but GET: the server only reads.
pub async fn read_only() -> ApiError {
    ApiError {
        status: StatusCode::METHOD_NOT_ALLOWED,
        message: "the archive is read-only: use GET".into(),
    }
}

/// Any path the server does not know.
pub async fn not_found() -> ApiError {
    ApiError { status: StatusCode::NOT_FOUND, message: "no such page or API endpoint".into() }
}

/// Parameters of `/api/search`, all as text so that every bad value gets our own message.
#[derive(Debug, Default, Deserialize)]
pub struct SearchParams {
    q: Option<String>,
    since: Option<String>,
    until: Option<String>,
    place: Option<String>,
    source: Option<String>,
    sort: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
}

/// The answer of `/api/search`.
#[derive(Debug, Serialize)]
struct SearchAnswer {
    query: String,
    total: usize,
    limit: usize,
    offset: usize,
    hits: Vec<Hit>,
    notes: Vec<String>,
    facets: Facets,
}

/// An empty parameter (`?place=` from a cleared form field) counts as not given.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn number(name: &str, value: Option<&str>, default: usize, max: usize) -> Result<usize, ApiError> {
    let Some(text) = value else {
        return Ok(default);
    };
    match text.parse::<usize>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(ApiError::bad_request(format!(
            "{name} must be a whole number from 0 to {max}, not {text:?}"
        ))),
    }
}

impl SearchParams {
    /// The library request these parameters ask for.
    fn to_request(&self) -> Result<SearchRequest, ApiError> {
        let query = given(&self.q)
            .ok_or_else(|| ApiError::bad_request("the parameter q (the query) is missing"))?;
        if query.chars().count() > MAX_QUERY_CHARS {
            return Err(ApiError::bad_request(format!(
                "the query is longer than {MAX_QUERY_CHARS} characters"
            )));
        }
        let filters = Filters {
            since: given(&self.since).map(parse_since).transpose()?,
            until: given(&self.until).map(parse_until).transpose()?,
            place: given(&self.place).map(str::to_string),
            source: given(&self.source).map(str::to_string),
        };
        let sort = match given(&self.sort) {
            None | Some("score") => SortOrder::Score,
            Some("date") => SortOrder::Date,
            Some(other) => {
                return Err(ApiError::bad_request(format!(
                    "sort must be score or date, not {other:?}"
                )))
            }
        };
        Ok(SearchRequest {
            syntax: QuerySyntax::Full,
            filters,
            limit: number("limit", given(&self.limit), DEFAULT_LIMIT, MAX_LIMIT)?,
            offset: number("offset", given(&self.offset), 0, MAX_OFFSET)?,
            sort,
            ..SearchRequest::new(query)
        })
    }
}

async fn search(
    State(shared): State<Shared>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Json<SearchAnswer>, ApiError> {
    let Query(params) = params?;
    let request = params.to_request()?;
    let answer = shared
        .run(move |searcher| {
            // The facet pass counts every match anyway, so the ranking pass need not (it can then
            // skip articles that cannot reach the page).
            let facets = searcher.facets(&request, FACET_TOP)?;
            let results =
                searcher.search(&SearchRequest { count_total: false, ..request.clone() })?;
            Ok(SearchAnswer {
                query: request.query,
                total: facets.total,
                limit: request.limit,
                offset: request.offset,
                hits: results.hits,
                notes: results.notes,
                facets,
            })
        })
        .await?;
    Ok(Json(answer))
}

#[derive(Debug, Default, Deserialize)]
pub struct ArticleParams {
    q: Option<String>,
}

async fn article(
    State(shared): State<Shared>,
    Path(id): Path<String>,
    params: Result<Query<ArticleParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(params) = params?;
    let query = given(&params.q).unwrap_or_default().to_string();
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad_request(format!(
            "the query is longer than {MAX_QUERY_CHARS} characters"
        )));
    }
    let found = shared.run(move |searcher| Ok(searcher.article(&id, &query)?.ok_or(id))).await?;
    match found {
        Ok(view) => Ok(Json(view).into_response()),
        Err(id) => Err(ApiError {
            status: StatusCode::NOT_FOUND,
            message: format!("no article has the id {id:?}"),
        }),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct StatsParams {
    top: Option<String>,
}

async fn stats(
    State(shared): State<Shared>,
    params: Result<Query<StatsParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(params) = params?;
    let top = number("top", given(&params.top), DEFAULT_TOP, MAX_STATS_TOP)?;
    let stats = shared.run(move |searcher| Ok(index_stats(searcher, top)?)).await?;
    Ok(Json(stats).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads parameters the way axum's `Query` does, from a percent-encoded query string.
    fn params(pairs: &[(&str, &str)]) -> SearchParams {
        let encode = |text: &str| -> String { text.bytes().map(|b| format!("%{b:02X}")).collect() };
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        let uri: axum::http::Uri = format!("/api/search?{}", query.join("&")).parse().unwrap();
        Query::<SearchParams>::try_from_uri(&uri).unwrap().0
    }

    fn error(pairs: &[(&str, &str)]) -> String {
        params(pairs).to_request().unwrap_err().message
    }

    #[test]
    fn bounds_and_defaults() {
        let request = params(&[("q", "امطار")]).to_request().unwrap();
        assert_eq!((request.limit, request.offset), (DEFAULT_LIMIT, 0));
        assert_eq!(request.sort, SortOrder::Score);
        let request =
            params(&[("q", "x"), ("limit", "100"), ("offset", "10000"), ("sort", "date")])
                .to_request()
                .unwrap();
        assert_eq!((request.limit, request.offset, request.sort), (100, 10_000, SortOrder::Date));
        assert!(error(&[("q", "x"), ("limit", "101")]).contains("limit"));
        assert!(error(&[("q", "x"), ("offset", "-1")]).contains("offset"));
        assert!(error(&[("q", "x"), ("sort", "title")]).contains("sort"));
        assert!(error(&[("q", &"ب".repeat(MAX_QUERY_CHARS + 1))]).contains("longer"));
        assert!(error(&[("q", " ")]).contains("missing"));
        assert!(error(&[("q", "x"), ("since", "2021-13")]).contains("YYYY-MM-DD"));
    }

    #[test]
    fn empty_filters_are_not_filters() {
        let request =
            params(&[("q", "x"), ("place", ""), ("since", ""), ("source", " ")]).to_request();
        assert_eq!(request.unwrap().filters, Filters::default());
    }
}
