//! `arshif serve`: the JSON API and the search page, against the real binary serving the
//! sample archive (plus an article full of hostile markup) on a free loopback port; and one
//! real-browser test through WebDriver (headless Chromium).

mod util;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use util::{corpus_dir, Workspace};

const SAMPLE: &str = "corpus/ap-ukraine-guarantees.txt";
const HOSTILE: &str = "hostile-markup.txt";
/// The sample article's subject, with hamzas left out as people type them.
const SAMPLE_QUERY: &str = "الضمانات الامنية لاوكرانيا";

/// A workspace whose `articles/` holds the sample archive (a link to `corpus/`) and the hostile
/// test article, indexed into `idx/`.
fn archive() -> Workspace {
    let ws = Workspace::new();
    std::fs::create_dir_all(ws.articles()).expect("articles folder");
    std::os::unix::fs::symlink(corpus_dir(), ws.articles().join("corpus")).expect("link corpus");
    let hostile = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/serve").join(HOSTILE);
    std::fs::copy(hostile, ws.articles().join(HOSTILE)).expect("copy hostile article");
    ws.run(&["index", "articles", "--follow", "--index", "idx", "--quiet"]).success();
    ws
}

/// `arshif serve` running on a free port; killed when dropped.
struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    base: String,
    ws: Workspace,
}

impl Server {
    fn start() -> Server {
        let ws = archive();
        let mut child = Command::new(env!("CARGO_BIN_EXE_arshif"))
            .args(["serve", "--index", "idx", "--addr", "127.0.0.1:0"])
            .current_dir(ws.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("arshif serve starts");
        // The server says where it listens on stderr; port 0 makes that the only way to know.
        let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
        let mut line = String::new();
        stderr.read_line(&mut line).expect("read stderr");
        let base = line
            .split_whitespace()
            .find(|word| word.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        assert!(base.starts_with("http://127.0.0.1:"), "{line}");
        // Keep draining stderr so the server never blocks on a full pipe.
        std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
        Server { child, base, ws }
    }

    /// GET `path` (already percent-encoded): status, lower-cased headers, body.
    fn get(&self, path: &str) -> (u16, String, String) {
        self.request("GET", path)
    }

    fn request(&self, method: &str, path: &str) -> (u16, String, String) {
        let host = self.base.trim_start_matches("http://");
        let mut stream = TcpStream::connect(host).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(20))).expect("timeout");
        // HTTP/1.0: the server closes the connection after the answer, which ends the body.
        write!(stream, "{method} {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").expect("send request");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read response");
        let raw = String::from_utf8(raw).expect("UTF-8 response");
        let (head, body) = raw.split_once("\r\n\r\n").expect("headers and body");
        let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("status");
        (status, head.to_lowercase(), body.to_string())
    }

    /// GET `path`, expecting JSON: status and document.
    fn json(&self, path: &str) -> (u16, Value) {
        let (status, head, body) = self.get(path);
        assert!(head.contains("content-type: application/json"), "{path}: {head}");
        let value = serde_json::from_str(&body)
            .unwrap_or_else(|err| panic!("{path}: not JSON ({err}): {body}"));
        (status, value)
    }

    /// GET an API path expecting 200.
    fn ok(&self, path: &str) -> Value {
        let (status, value) = self.json(path);
        assert_eq!(status, 200, "{path}: {value}");
        value
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Percent-encodes a query parameter value.
fn enc(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn ids(answer: &Value) -> Vec<&str> {
    answer["hits"].as_array().expect("hits").iter().map(|h| h["id"].as_str().unwrap()).collect()
}

fn names(list: &Value) -> Vec<(String, u64)> {
    let list = list.as_array().expect("a facet list");
    list.iter()
        .map(|b| (b["name"].as_str().unwrap().to_string(), b["articles"].as_u64().unwrap()))
        .collect()
}

#[test]
fn search_api_gives_the_cli_hits_with_facets_in_any_spelling() {
    let server = Server::start();
    let answer = server.ok(&format!("/api/search?q={}&limit=5", enc(SAMPLE_QUERY)));
    assert_eq!(ids(&answer).first(), Some(&SAMPLE), "{answer}");
    // One library path: the API's hits are exactly those of `search --format json`.
    let cli = server.ws.arshif(&["search", SAMPLE_QUERY, "--format", "json", "-n", "5"]).success();
    assert_eq!(answer["hits"], cli.json()["hits"]);
    assert_eq!(answer["total"], cli.json()["total"]);
    assert_eq!((answer["limit"].as_u64(), answer["offset"].as_u64()), (Some(5), Some(0)));

    // Facets count every matching article, not only the page shown.
    let total = answer["total"].as_u64().unwrap();
    let facets = &answer["facets"];
    let places = names(&facets["places"]);
    assert_eq!(places.first().map(|p| p.0.as_str()), Some("أوكرانيا"), "{places:?}");
    assert!(places.iter().all(|(_, n)| *n <= total));
    let years: u64 =
        facets["years"].as_array().unwrap().iter().map(|y| y["articles"].as_u64().unwrap()).sum();
    let undated_matches = 1; // the sample article has no date
    assert_eq!(years + undated_matches, total, "{facets}");

    // Diacritics, ة written ه and a missing hamza find the same articles.
    for spelling in ["الضَّمَاناتُ الأَمْنِيَّةُ لِأُوكْرَانِيَا", "الضمانات الأمنيه لأوكرانيا"]
    {
        let other = server.ok(&format!("/api/search?q={}&limit=5", enc(spelling)));
        assert_eq!(ids(&other), ids(&answer), "{spelling}");
    }
}

#[test]
fn search_api_filters_sorts_and_pages() {
    let server = Server::start();
    let query = "أمطار";
    let all = server.ok(&format!("/api/search?q={}&limit=100", enc(query)));
    let total = all["total"].as_u64().unwrap();
    assert!(total >= 3, "{all}");

    // A place facet, used as a filter, gives exactly its count. (Not عمان: the place filter
    // also takes other spellings, and عمّان, Amman, is one of Oman's.)
    let place = "البحرين";
    let count = names(&all["facets"]["places"]).into_iter().find(|(name, _)| name == place);
    let count = count.expect("a Bahrain facet").1;
    let by_place =
        server.ok(&format!("/api/search?q={}&place={}&limit=100", enc(query), enc(place)));
    assert_eq!(by_place["total"].as_u64(), Some(count));
    for hit in by_place["hits"].as_array().unwrap() {
        assert!(hit["places"].as_array().unwrap().iter().any(|p| p == place), "{hit}");
    }
    // The same for a source and a year.
    let (source, count) = names(&all["facets"]["sources"])[0].clone();
    let by_source = server.ok(&format!("/api/search?q={}&source={}", enc(query), enc(&source)));
    assert_eq!(by_source["total"].as_u64(), Some(count));
    let year = &all["facets"]["years"][0];
    let (y, count) = (year["year"].as_u64().unwrap(), year["articles"].as_u64());
    let by_year = server.ok(&format!("/api/search?q={}&since={y}&until={y}&limit=100", enc(query)));
    assert_eq!(by_year["total"].as_u64(), count);
    for hit in by_year["hits"].as_array().unwrap() {
        assert!(hit["date"].as_str().unwrap().starts_with(&y.to_string()), "{hit}");
    }

    // Newest first.
    let by_date = server.ok(&format!("/api/search?q={}&sort=date&limit=100", enc(query)));
    let dates: Vec<&str> =
        by_date["hits"].as_array().unwrap().iter().filter_map(|h| h["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");

    // Pages continue the ranking.
    let page2 = server.ok(&format!("/api/search?q={}&limit=2&offset=2", enc(query)));
    assert_eq!(ids(&page2), ids(&all)[2..4]);
    assert_eq!(page2["hits"][0]["rank"].as_u64(), Some(3));
    assert_eq!(page2["total"].as_u64(), Some(total));
}

#[test]
fn api_errors_are_json_with_a_message_and_the_right_status() {
    let server = Server::start();
    let q = enc("أمطار");
    let long = enc(&"ب".repeat(501));
    let cases = [
        (format!("/api/search?q={q}&since=2021-13"), 400, "YYYY-MM-DD"),
        (format!("/api/search?q={q}&since=2024&until=2020"), 400, "after"),
        (format!("/api/search?q={q}&limit=1000"), 400, "limit"),
        (format!("/api/search?q={q}&limit=ten"), 400, "limit"),
        (format!("/api/search?q={q}&offset=99999999"), 400, "offset"),
        (format!("/api/search?q={q}&sort=title"), 400, "sort"),
        ("/api/search".to_string(), 400, "missing"),
        (format!("/api/search?q={long}"), 400, "longer"),
        (format!("/api/search?q={}", enc("-روسيا")), 400, "only excludes"),
        ("/api/articles/no-such-article".to_string(), 404, "no-such-article"),
        ("/api/stats?top=-1".to_string(), 400, "top"),
        ("/api/nothing".to_string(), 404, "no such"),
        ("/nothing".to_string(), 404, "no such"),
    ];
    // Read-only: other methods are refused, in JSON too.
    let (status, head, body) = server.request("POST", &format!("/api/search?q={q}"));
    assert_eq!(status, 405, "{body}");
    assert!(head.contains("application/json") && body.contains("read-only"), "{body}");
    for (path, status, words) in cases {
        let (got, value) = server.json(&path);
        let message = value["error"].as_str().unwrap_or_else(|| panic!("{path}: {value}"));
        assert_eq!(got, status, "{path}: {message}");
        assert!(message.contains(words), "{path}: {message}");
    }
}

#[test]
fn article_api_gives_the_whole_text_with_the_query_words_marked() {
    let server = Server::start();
    // Ids hold slashes: encoded or not, both reach the article.
    for path in [format!("/api/articles/{}", enc(SAMPLE)), format!("/api/articles/{SAMPLE}")] {
        let article = server.ok(&format!("{path}?q={}", enc(SAMPLE_QUERY)));
        assert_eq!(article["id"], SAMPLE);
        let body = article["body"].as_str().unwrap();
        assert!(body.contains("جيش أوكراني قوامه 800 ألف جندي"), "whole text");
        let chars: Vec<char> = body.chars().collect();
        let marked: Vec<String> = article["body_highlights"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                chars[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize]
                    .iter()
                    .collect()
            })
            .collect();
        assert!(
            marked.iter().any(|w| w == "الأمنية") && marked.iter().any(|w| w == "أوكرانيا"),
            "{marked:?}"
        );
    }
    // Hostile markup is data: it comes back as the text it is.
    let hostile = server.ok(&format!("/api/articles/{HOSTILE}"));
    assert!(hostile["title"].as_str().unwrap().starts_with("<script>"), "{hostile}");
    assert!(hostile["url"].as_str().unwrap().starts_with("javascript:"), "{hostile}");
}

#[test]
fn the_page_is_compiled_in_with_a_strict_content_security_policy() {
    let server = Server::start();
    let (status, head, html) = server.get("/");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
    let csp = head.lines().find(|l| l.starts_with("content-security-policy:")).expect("a CSP");
    for rule in ["default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"] {
        assert!(csp.contains(rule), "{csp}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{csp}");
    for asset in ["/assets/app.js", "/assets/app.css"] {
        let (status, _, text) = server.get(asset);
        assert_eq!(status, 200, "{asset}");
        // Nothing is loaded from the network: the page works offline.
        assert!(!text.contains("https://") && !text.contains("http://"), "{asset}");
        assert!(!text.contains("innerHTML"), "{asset} builds the page from text only");
    }
    // The stats API is `stats --format json`.
    let cli = server.ws.arshif(&["stats", "--format", "json"]).success().json();
    assert_eq!(server.ok("/api/stats"), cli);
}

#[test]
fn serve_without_an_index_says_so_and_exits_1() {
    let ws = Workspace::new();
    let run = ws.run(&["serve", "--index", "missing", "--addr", "127.0.0.1:0"]).expect_code(1);
    assert!(run.stderr.contains("no index at missing"), "{}", run.stderr);
}

#[test]
fn ctrl_c_and_sigterm_stop_the_server_cleanly() {
    // The signal comes the moment the server says it listens: the handlers must already be in
    // place then (they once were installed later, and a quick Ctrl-C killed the process).
    // Sent from here, not by a `kill` process, whose start-up alone gave the server time enough.
    for (signal, name) in [(libc::SIGINT, "SIGINT"), (libc::SIGTERM, "SIGTERM")] {
        let mut server = Server::start();
        let pid = libc::pid_t::try_from(server.child.id()).expect("a pid");
        // SAFETY: kill(2) only sends a signal, here to the child this test started and owns.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill {name}");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = server.child.try_wait().expect("wait") {
                assert_eq!(status.code(), Some(0), "exit status after {name}");
                break;
            }
            assert!(Instant::now() < deadline, "the server did not stop on {name}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

// --- the real browser ---

/// Where the browser test finds Chromium and its WebDriver, if installed.
fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// chromedriver on a free port, stopped when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn screenshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

#[test]
fn browser_search_filter_and_read_with_hostile_text_shown_as_text() {
    let browser = find_program(&["chromium", "chromium-browser", "google-chrome"]);
    let driver = find_program(&["chromedriver"]);
    let (Some(browser), Some(driver)) = (browser, driver) else {
        let required = std::env::var("ARSHIF_BROWSER_TEST").is_ok_and(|v| v == "required");
        assert!(
            !required,
            "ARSHIF_BROWSER_TEST=required but chromium and chromedriver are not both on PATH \
             (Debian: apt-get install chromium chromium-driver)"
        );
        eprintln!("note: browser test skipped: chromium or chromedriver not installed");
        return;
    };
    let server = Server::start();
    let port = free_port();
    let driver = Driver(
        Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start listening");
        std::thread::sleep(Duration::from_millis(100));
    }
    let profile = tempfile::tempdir().expect("browser profile");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let client = connect(port, &browser, profile.path()).await;
        // The checks run as their own task so that a failed one still lets the browser be
        // closed (a browser left running outlives chromedriver).
        let checks = tokio::spawn(browse(client.clone(), server.base.clone()));
        let outcome = checks.await;
        let _ = client.close().await;
        if let Err(err) = outcome {
            std::panic::resume_unwind(err.into_panic());
        }
    });
    drop(driver);
}

async fn connect(port: u16, browser: &Path, profile: &Path) -> fantoccini::Client {
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1200,900",
        &format!("--user-data-dir={}", profile.display()),
    ];
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_string(),
        serde_json::json!({ "binary": browser, "args": args }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    fantoccini::ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session")
}

async fn browse(client: fantoccini::Client, base: String) {
    use fantoccini::{key::Key, Locator};

    let wait = |css: &'static str| {
        let client = client.clone();
        async move {
            client
                .wait()
                .at_most(Duration::from_secs(15))
                .for_element(Locator::Css(css))
                .await
                .unwrap_or_else(|err| panic!("{css} never appeared: {err}"))
        }
    };
    let script = |js: &'static str| {
        let client = client.clone();
        async move { client.execute(js, vec![]).await.expect("script runs") }
    };

    // Type a query with missing hamzas and press Enter, as on a keyboard.
    client.goto(&format!("{base}/")).await.expect("open the page");
    let input = wait("#q").await;
    input.send_keys(&format!("{SAMPLE_QUERY}{}", char::from(Key::Enter))).await.unwrap();
    let first = wait("#results li:first-child .result-title").await;
    let href = first.attr("href").await.unwrap().unwrap_or_default();
    assert!(href.contains("ap-ukraine-guarantees.txt"), "first hit: {href}");
    assert!(first.text().await.unwrap().starts_with("ويشيد حلفاء أوكرانيا"));
    let marks = script("return [...document.querySelectorAll('#results li:first-child mark')].map(m => m.textContent)").await;
    assert!(
        marks
            .as_array()
            .is_some_and(|m| m.iter().any(|w| w.as_str().unwrap_or("").contains("أوكرانيا"))),
        "{marks}"
    );
    let url = client.current_url().await.unwrap();
    assert!(url.query().unwrap_or("").contains("q="), "the query is in the link: {url}");
    // Dates keep their left-to-right order inside Arabic text.
    let dates = script("return [...document.querySelectorAll('#results .meta bdi[dir=ltr]')].map(b => b.textContent)").await;
    assert!(dates.as_array().is_some_and(|d| d.iter().any(|d| d == "2026-02-10")), "{dates}");

    // Click a place facet: the filter shows as a chip, in the URL, and every hit names it.
    let place = client
        .find(Locator::XPath("//section[@id='facet-places']//button[bdi='كييف']"))
        .await
        .expect("a Kyiv facet");
    place.click().await.unwrap();
    wait("#active-filters .chip").await;
    let url = client.current_url().await.unwrap();
    assert!(url.query_pairs().any(|(k, v)| k == "place" && v == "كييف"), "{url}");
    let all_in_kyiv = script(
        "return [...document.querySelectorAll('#results li .meta')].every(m => m.textContent.includes('كييف'))",
    )
    .await;
    assert_eq!(all_in_kyiv, Value::Bool(true));
    client
        .screenshot()
        .await
        .map(|png| std::fs::write(screenshot_path("serve-results.png"), png))
        .unwrap()
        .unwrap();

    // Open the article: the whole text, the query words marked.
    wait("#results li:first-child .result-title").await.click().await.unwrap();
    wait("#article-view:not([hidden]) #article-body mark").await;
    let body = client.find(Locator::Id("article-body")).await.unwrap().text().await.unwrap();
    assert!(body.contains("جيش أوكراني قوامه 800 ألف جندي"), "the whole article");
    client
        .screenshot()
        .await
        .map(|png| std::fs::write(screenshot_path("serve-article.png"), png))
        .unwrap()
        .unwrap();
    // Back to the filtered results with the browser's back button.
    client.back().await.unwrap();
    wait("#search-view:not([hidden]) #active-filters .chip").await;

    // Hostile markup shows as text and never runs: not in results, not in the article.
    client.goto(&format!("{base}/?q={}", enc("تجربة الفلافل"))).await.unwrap();
    let title = wait("#results li:first-child .result-title").await.text().await.unwrap();
    assert!(title.contains("<script>window.__xss='title'</script>"), "{title}");
    assert!(title.contains("<img src=x onerror="), "{title}");
    wait("#results li:first-child .result-title").await.click().await.unwrap();
    wait("#article-view:not([hidden]) #article-body mark").await;
    let body = client.find(Locator::Id("article-body")).await.unwrap().text().await.unwrap();
    assert!(body.contains("<a href=\"javascript:window.__xss='link'\">"), "{body}");
    let meta = client.find(Locator::Id("article-meta")).await.unwrap().text().await.unwrap();
    assert!(meta.contains("javascript:alert(document.domain)"), "the url as text: {meta}");
    let injected = script(
        "return [window.__xss === undefined, \
         document.querySelectorAll('main script, main img, a[href^=\"javascript:\"]').length]",
    )
    .await;
    assert_eq!(injected, serde_json::json!([true, 0]), "hostile markup ran or became elements");

    // No match under a filter: a message, and a button that removes the filters.
    client
        .goto(&format!("{base}/?q={}&source={}", enc(SAMPLE_QUERY), enc("لا مصدر")))
        .await
        .unwrap();
    wait("#empty:not([hidden]) #clear-filters:not([hidden])").await.click().await.unwrap();
    wait("#results li:first-child .result-title").await;
    assert!(!client.current_url().await.unwrap().as_str().contains("source="));

    // English labels, one click away; the page turns left to right.
    client.find(Locator::Id("lang")).await.unwrap().click().await.unwrap();
    let english = script("return [document.documentElement.dir, document.querySelector('#search-form button').textContent]").await;
    assert_eq!(english, serde_json::json!(["ltr", "Search"]));
    client.find(Locator::Id("lang")).await.unwrap().click().await.unwrap();

    // A phone-sized screen: one column, nothing wider than the screen.
    client.set_window_size(390, 844).await.unwrap();
    client.goto(&format!("{base}/?q={}", enc(SAMPLE_QUERY))).await.unwrap();
    wait("#results li:first-child .result-title").await;
    let fits = script("return document.documentElement.scrollWidth <= window.innerWidth").await;
    assert_eq!(fits, Value::Bool(true), "the page scrolls sideways on a phone");
    client
        .screenshot()
        .await
        .map(|png| std::fs::write(screenshot_path("serve-phone.png"), png))
        .unwrap()
        .unwrap();
}
