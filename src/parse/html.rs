//! Web pages, one article each, read with a real HTML parser (html5ever, through `scraper`):
//! broken markup is repaired as browsers repair it and entities are decoded.
//!
//! - title: the `og:title` meta, else `<title>`, else the first `<h1>` outside the parts never
//!   counted (below), else JSON-LD `headline`; the site name (`og:site_name`) is dropped when a
//!   separator (`|`, `-`, `–`, `—`, `:`, `·`) joins it to the title, at the end or the start.
//! - body: the text of the `[itemprop=articleBody]`, else `<article>`, else `<main>` element
//!   (the one with the most text when there are several); else the page's `<p>` paragraphs of
//!   25 characters or more that are not mostly links; else JSON-LD `articleBody`; else the text
//!   of `<body>`. Never counted: scripts, styles, navigation and menus (tags or ARIA roles),
//!   asides, forms, footers, figure captions, hidden elements, a site `<header>` (one inside
//!   `<article>`/`<main>` is kept), and a heading equal to the title. Each block element is a
//!   paragraph; paragraphs are joined with blank lines, whitespace is folded, `<br>` is a line
//!   break, two a paragraph break.
//! - date, as written: `article:published_time`, else the first `<time datetime>` of the
//!   article (of the page when there is none), else JSON-LD `datePublished`, else the `date`,
//!   `pubdate`, `DC.date.issued` or `datePublished` metas.
//! - url: `<link rel=canonical>`, else `og:url`, an absolute one preferred.
//! - source: `og:site_name`, else the name of the JSON-LD publisher.
//!
//! Invisible marks (RLM, LRM) are kept: normalisation happens later.

use scraper::{ElementRef, Html, Node};
use serde_json::Value;

use super::Record;

/// Elements whose text is never article text.
const SKIPPED: &str = "script style noscript template nav menu aside form footer figcaption \
                       button select textarea iframe object embed svg math dialog";
/// ARIA roles of the same parts of a page.
const SKIPPED_ROLES: &str = "navigation menu menubar banner contentinfo complementary search";
/// Elements inside a line of text; any other element ends the paragraph before and after it.
const INLINE: &str = "a abbr acronym b bdi bdo big br button cite code data del dfn em embed font \
                      i iframe img input ins kbd label mark math nobr noscript object q s script \
                      select small span strong style sub sup svg template textarea time u wbr";
const TITLE_SEPARATORS: [char; 6] = ['|', '-', '–', '—', ':', '·'];
/// The shortest `<p>` taken as article text when the page marks no article.
const MIN_PARAGRAPH_CHARS: usize = 25;

/// Parses one article page.
pub fn parse(text: &str) -> Result<Record, String> {
    let page = Html::parse_document(text);
    let root = page.root_element();
    let metas = metas(root);
    let meta = |keys: &[&str]| {
        keys.iter().find_map(|key| metas.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    };
    let json = json_ld(root);
    let ld: Vec<&Value> = json.iter().flat_map(ld_nodes).collect();

    let site = meta(&["og:site_name"]);
    let title = meta(&["og:title"])
        .or_else(|| visible(root, "title").map(plain).find(|t| !t.is_empty()))
        .or_else(|| visible(root, "h1").map(plain).find(|t| !t.is_empty()))
        .or_else(|| ld_str(&ld, "headline").map(fold))
        .map(|title| strip_site(title, site.as_deref()))
        .unwrap_or_default();

    let (article, article_text) = article_element(root, &title).unzip();
    let body = article_text
        .or_else(|| Some(page_paragraphs(root, &title)).filter(|p| !p.is_empty()))
        .or_else(|| ld_str(&ld, "articleBody").map(|b| b.lines().map(fold).collect()))
        .or_else(|| visible(root, "body").next().map(|b| blocks(b, &title, false)))
        .unwrap_or_default();
    let body: Vec<String> = body.into_iter().filter(|p| !p.is_empty()).collect();
    if title.is_empty() && body.is_empty() {
        return Err("no article text in the page".into());
    }

    let time_scope = article
        .map(|a| lineage(a).find(|e| e.value().name() == "article").unwrap_or(a))
        .unwrap_or(root);
    let date = meta(&["article:published_time"])
        .or_else(|| visible(time_scope, "time").find_map(|t| non_empty(t.attr("datetime"))))
        .or_else(|| ld_str(&ld, "datePublished").map(fold))
        .or_else(|| meta(&["date", "pubdate", "dc.date.issued", "datepublished"]));
    let canonical = elements(root, "link")
        .filter(|link| link.attr("rel").is_some_and(|rel| has_token(rel, "canonical")))
        .find_map(|link| non_empty(link.attr("href")));
    let urls: Vec<String> = canonical.into_iter().chain(meta(&["og:url"])).collect();
    let url = urls.iter().find(|u| u.contains("://")).or(urls.first()).cloned();
    let source = site.or_else(|| ld_publisher(&ld));
    Ok(Record { id: None, title, body: body.join("\n\n"), date, source, url, places: Vec::new() })
}

/// The article element — the first kind of [`parse`]'s list present with text — and its text.
fn article_element<'a>(root: ElementRef<'a>, title: &str) -> Option<(ElementRef<'a>, Vec<String>)> {
    let kinds: [fn(ElementRef) -> bool; 3] = [
        |e| e.attr("itemprop").is_some_and(|p| has_token(p, "articleBody")),
        |e| e.value().name() == "article",
        |e| e.value().name() == "main" || e.attr("role").is_some_and(|r| has_token(r, "main")),
    ];
    kinds.iter().find_map(|is_kind| {
        root.descendent_elements()
            .filter(|e| is_kind(*e) && !in_boilerplate(*e))
            .map(|e| (e, blocks(e, title, true)))
            .filter(|(_, text)| !text.is_empty())
            .max_by_key(|(_, text)| text.iter().map(|p| p.chars().count()).sum::<usize>())
    })
}

/// The page's `<p>` paragraphs that read as article text.
fn page_paragraphs(root: ElementRef, title: &str) -> Vec<String> {
    let letters =
        |e: ElementRef| e.text().flat_map(str::chars).filter(|c| !c.is_whitespace()).count();
    visible(root, "p")
        .filter(|p| elements(*p, "a").map(letters).sum::<usize>() * 2 <= letters(*p))
        .flat_map(|p| blocks(p, title, false))
        .filter(|p| p.chars().count() >= MIN_PARAGRAPH_CHARS)
        .collect()
}

/// The text of `root` as paragraphs, without the parts that are never article text. The walk
/// is a loop, not a recursion, so that deeply nested markup cannot overflow the stack.
fn blocks(root: ElementRef, title: &str, keep_header: bool) -> Vec<String> {
    let mut out = Paragraphs::default();
    let mut next = root.first_child();
    while let Some(node) = next {
        let enter = match (ElementRef::wrap(node), node.value()) {
            (Some(element), _) => {
                let name = element.value().name();
                if name == "br" {
                    out.line_break();
                } else if !has_token(INLINE, name) {
                    out.end();
                }
                let is_title = is_heading(name) && plain(element) == title;
                !is_skipped(element, keep_header) && !is_title
            }
            (None, Node::Text(text)) => {
                out.push(text);
                false
            }
            _ => false,
        };
        next = if enter { node.first_child() } else { None };
        // Leave finished nodes until one has a next sibling.
        let mut done = node;
        while next.is_none() {
            if ElementRef::wrap(done).is_some_and(|e| !has_token(INLINE, e.value().name())) {
                out.end();
            }
            next = done.next_sibling();
            match done.parent() {
                Some(parent) if next.is_none() && parent != *root => done = parent,
                _ => break,
            }
        }
    }
    out.end();
    out.done
}

/// Paragraphs being written: whitespace folded, line breaks kept.
#[derive(Default)]
struct Paragraphs {
    done: Vec<String>,
    current: String,
    space: bool,
}

impl Paragraphs {
    fn push(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !self.current.is_empty() && !self.current.ends_with('\n') {
                self.current.push(' ');
            }
            self.space = false;
            self.current.push(c);
        }
    }

    /// `<br>`: a new line, or a new paragraph after another `<br>`.
    fn line_break(&mut self) {
        if self.current.ends_with('\n') {
            self.end();
        } else if !self.current.is_empty() {
            self.current.push('\n');
        }
        self.space = false;
    }

    fn end(&mut self) {
        let paragraph = self.current.trim_end();
        if !paragraph.is_empty() {
            self.done.push(paragraph.to_string());
        }
        self.current.clear();
        self.space = false;
    }
}

fn is_skipped(element: ElementRef, keep_header: bool) -> bool {
    let name = element.value().name();
    has_token(SKIPPED, name)
        || name == "header" && !keep_header
        || element.attr("hidden").is_some()
        || element.attr("role").is_some_and(|role| {
            role.split_ascii_whitespace().any(|role| has_token(SKIPPED_ROLES, role))
        })
}

/// True if the element or one of its ancestors is never article text.
fn in_boilerplate(element: ElementRef) -> bool {
    let in_content = lineage(element).any(|e| matches!(e.value().name(), "article" | "main"));
    lineage(element).any(|e| is_skipped(e, in_content))
}

/// The element and its ancestors, nearest first.
fn lineage<'a>(element: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    std::iter::once(element).chain(element.ancestors().filter_map(ElementRef::wrap))
}

fn elements<'a>(root: ElementRef<'a>, name: &'a str) -> impl Iterator<Item = ElementRef<'a>> {
    root.descendent_elements().filter(move |e| e.value().name() == name)
}

fn visible<'a>(root: ElementRef<'a>, name: &'a str) -> impl Iterator<Item = ElementRef<'a>> {
    elements(root, name).filter(|e| !in_boilerplate(*e))
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// All the text of an element, whitespace folded.
fn plain(element: ElementRef) -> String {
    fold(&element.text().collect::<String>())
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
}

fn has_token(list: &str, token: &str) -> bool {
    list.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case(token))
}

/// `<meta>` keys (`property`, `name` or `itemprop`, lower-cased) and contents, in page order.
fn metas(root: ElementRef) -> Vec<(String, String)> {
    elements(root, "meta")
        .filter_map(|meta| {
            let key = meta.attr("property").or(meta.attr("name")).or(meta.attr("itemprop"))?;
            let value = fold(meta.attr("content")?);
            (!value.is_empty()).then(|| (key.trim().to_ascii_lowercase(), value))
        })
        .collect()
}

/// Drops the site name joined to the title by a separator, at either end.
fn strip_site(title: String, site: Option<&str>) -> String {
    let Some(site) = site else { return title };
    let trailing =
        title.strip_suffix(site).and_then(|rest| rest.trim_end().strip_suffix(TITLE_SEPARATORS));
    let leading = || {
        title.strip_prefix(site).and_then(|rest| rest.trim_start().strip_prefix(TITLE_SEPARATORS))
    };
    match trailing.or_else(leading).map(str::trim) {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => title,
    }
}

/// The JSON-LD blocks that parse. Raw line breaks and tabs, which JSON forbids inside strings
/// but pages put there, are read as spaces.
fn json_ld(root: ElementRef) -> Vec<Value> {
    elements(root, "script")
        .filter(|s| {
            s.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|s| {
            serde_json::from_str(&s.text().collect::<String>().replace(['\n', '\r', '\t'], " "))
                .ok()
        })
        .collect()
}

/// The objects of a JSON-LD value: itself, the items of an array, the members of `@graph`.
fn ld_nodes(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().flat_map(ld_nodes).collect(),
        Value::Object(object) => {
            let mut nodes = vec![value];
            nodes.extend(object.get("@graph").map(ld_nodes).unwrap_or_default());
            nodes
        }
        _ => Vec::new(),
    }
}

/// The first non-empty string under `key` in the JSON-LD objects.
fn ld_str<'a>(nodes: &[&'a Value], key: &str) -> Option<&'a str> {
    nodes.iter().find_map(|node| node.get(key)?.as_str().filter(|s| !s.trim().is_empty()))
}

/// The publisher's name: written in place, or in the object its `@id` refers to.
fn ld_publisher(nodes: &[&Value]) -> Option<String> {
    let name = |node: &Value| {
        node.as_str().or_else(|| node.get("name")?.as_str()).map(fold).filter(|n| !n.is_empty())
    };
    nodes.iter().find_map(|node| {
        let publisher = node.get("publisher")?;
        let publisher = publisher.as_array().and_then(|p| p.first()).unwrap_or(publisher);
        let id = publisher.get("@id").and_then(Value::as_str);
        let target =
            || nodes.iter().find(|n| id.is_some() && n.get("@id").and_then(Value::as_str) == id);
        name(publisher).or_else(|| name(target()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Record {
        parse(html).unwrap()
    }

    #[test]
    fn news_page_keeps_the_article_and_drops_the_rest() {
        let r = page(include_str!("../../tests/data/html/news.html"));
        assert_eq!(r.title, "افتتاح مكتبة عامة جديدة في صفاقس");
        assert_eq!(r.date.as_deref(), Some("2024-05-12T09:30:00+01:00"));
        assert_eq!(r.url.as_deref(), Some("https://sahel.example/culture/2024/05/12/library"));
        assert_eq!(r.source.as_deref(), Some("أخبار الساحل"));
        assert_eq!(r.id, None);
        assert_eq!(
            r.body,
            "بقلم: محرر الثقافة\n\n\
             افتتحت البلدية يوم الأحد مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب.\n\n\
             وقال مدير المكتبة إن القاعة مفتوحة للطلاب\nطوال أيام الأسبوع، بما فيها العطل.\n\n\
             ويأمل سكان الأحياء المجاورة أن تصبح المكتبة مركزا للنشاط الثقافي."
        );
    }

    #[test]
    fn title_and_paragraphs_without_article_markup() {
        let r = page(
            "<html><head><title>  أمطار غزيرة\n في الرياض - المرصد </title></head><body>\
             <div><a href=/>الرئيسية</a> <a href=/x>أخبار</a></div><p>شارك</p>\
             <p>هطلت أمطار غزيرة على الرياض مساء الثلاثاء وتسببت في ازدحام الطرق.</p>\
             <p><a href=/a>رابط إلى خبر آخر عن الطقس في المملكة</a> هنا</p>\
             <footer><p>جميع الحقوق محفوظة للمرصد الإخباري ٢٠٢٤</p></footer>\
             <div><p>وتوقع المركز الوطني للأرصاد استمرار الأمطار حتى نهاية الأسبوع.</p></div>",
        );
        assert_eq!(r.title, "أمطار غزيرة في الرياض - المرصد");
        assert_eq!(
            r.body,
            "هطلت أمطار غزيرة على الرياض مساء الثلاثاء وتسببت في ازدحام الطرق.\n\n\
             وتوقع المركز الوطني للأرصاد استمرار الأمطار حتى نهاية الأسبوع."
        );
        assert_eq!((r.date, r.url, r.source), (None, None, None));
    }

    #[test]
    fn site_name_is_dropped_only_after_a_separator() {
        let strip = |title: &str| strip_site(title.into(), Some("الساحل"));
        assert_eq!(strip("عنوان الخبر | الساحل"), "عنوان الخبر");
        assert_eq!(strip("الساحل - عنوان الخبر"), "عنوان الخبر");
        assert_eq!(strip("أمواج على الساحل"), "أمواج على الساحل");
        assert_eq!(strip("| الساحل"), "| الساحل");
        assert_eq!(strip_site("عنوان | موقع".into(), None), "عنوان | موقع");
    }

    #[test]
    fn time_inside_the_article_dates_it() {
        let r = page(
            r#"<header><time datetime="2024-06-01">اليوم</time></header>
            <article><h1>عنوان</h1><p>نص الخبر</p><time datetime=" 2023-02-14 ">١٤ فبراير</time>
            </article>"#,
        );
        assert_eq!(r.date.as_deref(), Some("2023-02-14"));
        assert_eq!(r.title, "عنوان");
        assert_eq!(r.body, "نص الخبر\n\n١٤ فبراير");
    }

    #[test]
    fn json_ld_graph_gives_date_and_publisher() {
        let r = page(
            r#"<script type="application/ld+json">{not json</script>
            <script type="Application/LD+JSON">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "@id": "https://x.example/#page"},
              {"@type": "NewsArticle", "headline": "زيارة رسمية
                إلى عمّان", "datePublished": "2022-11-03T08:00:00+02:00",
               "publisher": {"@id": "https://x.example/#org"}},
              {"@type": "Organization", "@id": "https://x.example/#org", "name": "وكالة الأخبار"}]}
            </script><p>وصل الوفد إلى العاصمة الأردنية صباح اليوم في زيارة تستمر يومين.</p>"#,
        );
        assert_eq!(r.title, "زيارة رسمية إلى عمّان");
        assert_eq!(r.date.as_deref(), Some("2022-11-03T08:00:00+02:00"));
        assert_eq!(r.source.as_deref(), Some("وكالة الأخبار"));
    }

    #[test]
    fn a_page_of_scripts_falls_back_to_json_ld() {
        let r = page(
            r#"<html><head><script>window.STATE = {"title": "لا"};</script>
            <script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@type": "NewsArticle",
              "headline": "انطلاق موسم الحصاد", "datePublished": "2021-06-20",
              "articleBody": "بدأ المزارعون حصاد القمح.\n\nويتوقعون محصولا وفيرا.",
              "publisher": "وكالة الريف"}]</script></head>
            <body><div id="app"></div><script>render(document.getElementById("app"))</script>"#,
        );
        assert_eq!(r.title, "انطلاق موسم الحصاد");
        assert_eq!(r.body, "بدأ المزارعون حصاد القمح.\n\nويتوقعون محصولا وفيرا.");
        assert_eq!(r.date.as_deref(), Some("2021-06-20"));
        assert_eq!(r.source.as_deref(), Some("وكالة الريف"));
    }

    #[test]
    fn entities_are_decoded_and_marks_kept() {
        let r = page(
            "<title>الأهلي &amp; الزمالك</title><p>&#1575;&#1604;&#1605;&#1576;&#1575;&#1585;\
             &#1575;&#1577;&nbsp;انتهت بالتعادل &lt;١-١&gt; &rlm;اليوم في القاهرة.</p>",
        );
        assert_eq!(r.title, "الأهلي & الزمالك");
        assert_eq!(r.body, "المباراة انتهت بالتعادل <١-١> \u{200F}اليوم في القاهرة.");
    }

    #[test]
    fn scripts_never_reach_the_text() {
        let r = page(
            r#"<title>خبر</title><body onload="alert(0)"><script>alert(1)</script>
            <img src=x onerror="alert(2)"><article><p onclick="alert(3)">نص <script>alert(4)
            </script>الخبر<img src=x onerror=alert(5)></p><svg><script>alert(6)</script></svg>
            <iframe srcdoc="<script>alert(7)</script>"></iframe><noscript><p>alert(8)</p>
            </noscript><a href="javascript:alert(9)">رابط</a><style>p{}</style></article>"#,
        );
        assert_eq!(r.body, "نص الخبر\n\nرابط");
    }

    #[test]
    fn broken_markup_is_repaired() {
        let r = page(
            "<html><body></div></div><article><h1>عنوان <b>غامق</h1><p>الفقرة الأولى\
             <p>الفقرة <i>الثانية</span></i><div>قسم<br><br>ثان<table><tr><td>خلية</article>\
             </body></html></html></p>",
        );
        assert_eq!(r.title, "عنوان غامق");
        assert_eq!(r.body, "الفقرة الأولى\n\nالفقرة الثانية\n\nقسم\n\nثان\n\nخلية");
        let deep = "<div>".repeat(2_000) + "نص <b>عميق";
        assert_eq!(page(&deep).body, "نص عميق");
        assert!(parse("<p>نص</p><!-- تعليق لا ينتهي <p>مخفي").is_ok());
    }

    #[test]
    fn pages_without_article_text_are_errors() {
        for html in ["", "<html></html>", "<script>var a = 1;</script><style>p {}</style>"] {
            assert_eq!(parse(html), Err("no article text in the page".to_string()), "{html:?}");
        }
        assert!(parse("<nav><a href=/>الرئيسية</a></nav><footer>© ٢٠٢٤</footer>").is_err());
    }
}
