//! Arabic text analysis: two analyzers, each used both to index and to query.
//!
//! - The main one ([`analyzer`], registered as [`ANALYZER_NAME`] and [`PLACE_ANALYZER_NAME`]):
//!   [`tokenize::ArabicTokenizer`] → drop tokens over [`MAX_TOKEN_CHARS`] characters →
//!   [`normalize::normalize`] (dropping tokens left empty) → [`stop_words`] removed →
//!   [`stem::stem`]. It finds every form of a word.
//! - The exact-forms one ([`exact_analyzer`]): the same without stop-word removal and
//!   stemming. Scoring query words against the articles' exact forms too ranks articles with
//!   the exact forms higher, so stemming adds recall without drowning precise matches; and a
//!   query made only of stop words still finds text. The exact forms are not an indexed field
//!   but lists kept beside the index ([`crate::index::forms`]).
//!
//! Every step but the tokenizer is a pure function with its own tests. The exact-forms chain
//! runs its first steps in one pass ([`exact_forms`], checked against the same steps chained
//! with the adapter [`filter::MapFilter`]); the main analyzer runs that chain and finishes each
//! word with stop words and stemming, recording the exact forms on the way when it indexes the
//! title and body so that they are computed once ([`shared_pass`]).
pub mod exact_forms;
pub mod filter;
pub mod normalize;
pub mod root;
pub mod shared_pass;
pub mod stem;
pub mod stop_words;
pub mod tokenize;
pub mod transliterate;

use tantivy::tokenizer::{TextAnalyzer, TokenStream};

use exact_forms::ExactFormsTokenizer;
use shared_pass::MainTokenizer;

/// Name under which the analyzer of the title and body is registered in every arshif index
/// (the main analyzer, recording the exact forms for the forms plugin as it indexes).
pub const ANALYZER_NAME: &str = "arshif_ar";

/// Name of the same analyzer for the names of places (which records nothing, so that the
/// title's and body's recordings are still there when the forms plugin asks for them).
pub const PLACE_ANALYZER_NAME: &str = "arshif_ar_place";

/// Longest token kept, in characters of the surface form (marks included). Longer ones are
/// base64 or glued garbage, not words. Counted in characters, not bytes as tantivy's
/// `RemoveLongFilter` does, so that Arabic (2 bytes a letter) gets the same limit as Latin.
pub const MAX_TOKEN_CHARS: usize = 64;

/// Variants of the main analyzer, chosen when an index is created (and recorded in it), so
/// that each analysis step can be measured by turning it off (`arshif index --analyzer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    /// Everything: normalise, stop words, arshif's light stemmer.
    #[default]
    Arshif,
    /// Without stop-word removal.
    NoStopWords,
    /// Stop words and Lucene's light10 stemmer instead of arshif's.
    Light10,
    /// Stop words, no stemming.
    NoStem,
}

impl Profile {
    pub const ALL: [Profile; 4] =
        [Profile::Arshif, Profile::NoStopWords, Profile::Light10, Profile::NoStem];

    /// The profile's name, as `--analyzer` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Arshif => "arshif",
            Profile::NoStopWords => "no-stop-words",
            Profile::Light10 => "light10",
            Profile::NoStem => "no-stem",
        }
    }

    /// The profile named `name`.
    pub fn from_name(name: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// The analyzer: ArabicTokenizer → remove long → normalise → stop words → stem.
pub fn arabic_analyzer() -> TextAnalyzer {
    analyzer(Profile::default())
}

/// The main analyzer of a profile.
pub fn analyzer(profile: Profile) -> TextAnalyzer {
    analyzer_with(profile, false)
}

/// The main analyzer of a profile; with `record`, it leaves each text's exact forms for the
/// forms plugin to take (see [`shared_pass`]), which is what indexing the title and body wants.
pub fn analyzer_with(profile: Profile, record: bool) -> TextAnalyzer {
    // After tokenizing, dropping long words and normalising — the exact-forms chain — one
    // step finishes each word: the steps are separate functions, each with its tests.
    let finish: fn(&str, &mut String) = match profile {
        Profile::Arshif => |word, out| finish_word(word, out, true, stem::stem),
        Profile::NoStopWords => |word, out| finish_word(word, out, false, stem::stem),
        Profile::Light10 => |word, out| finish_word(word, out, true, stem::light10),
        Profile::NoStem => |word, out| finish_word(word, out, true, |word| word),
    };
    TextAnalyzer::from(MainTokenizer::new(exact_analyzer(), finish, record))
}

/// The exact-forms analyzer: words cut as [`tokenize`] does, long ones dropped, each normalised
/// ([`ExactFormsTokenizer`], one step for what were three).
pub fn exact_analyzer() -> TextAnalyzer {
    TextAnalyzer::from(ExactFormsTokenizer::default())
}

/// The main chain's last steps for one normalised word: stop words (if `stop`), then
/// `stemmer`. Writes nothing for a word that is dropped.
fn finish_word(word: &str, out: &mut String, stop: bool, stemmer: fn(&str) -> &str) {
    // The list is normalised when loaded, so one entry covers every spelling. Removed words
    // leave their position empty, so phrases keep their gaps.
    if !(stop && stop_words::is_stop_word(word)) {
        out.push_str(stemmer(word));
    }
}

/// Registers the analyzers of `profile` on an index. The title's and body's records the exact
/// forms only if the index keeps them (`exact_forms`).
pub fn register(index: &tantivy::Index, profile: Profile, exact_forms: bool) {
    index.tokenizers().register(ANALYZER_NAME, analyzer_with(profile, exact_forms));
    index.tokenizers().register(PLACE_ANALYZER_NAME, analyzer(profile));
}

/// Terms of `text` as the index sees them (for tests, places matching, debugging).
pub fn analyze(text: &str) -> Vec<String> {
    analyze_with(Profile::default(), text)
}

/// Terms of `text` with the main analyzer of `profile`.
pub fn analyze_with(profile: Profile, text: &str) -> Vec<String> {
    collect(analyzer(profile), text).into_iter().map(|(_, _, term)| term).collect()
}

/// Terms of `text` as the exact-forms analyzer sees them.
pub fn analyze_exact(text: &str) -> Vec<String> {
    collect(exact_analyzer(), text).into_iter().map(|(_, _, term)| term).collect()
}

fn collect(mut analyzer: TextAnalyzer, text: &str) -> Vec<(usize, usize, String)> {
    let mut stream = analyzer.token_stream(text);
    let mut tokens = Vec::new();
    while let Some(token) = stream.next() {
        tokens.push((token.offset_from, token.offset_to, token.text.clone()));
    }
    tokens
}

/// True if `word` is over [`MAX_TOKEN_CHARS`] characters.
pub(crate) fn is_too_long(word: &str) -> bool {
    // A word has at most as many characters as bytes: most need no counting.
    word.len() > MAX_TOKEN_CHARS && word.chars().nth(MAX_TOKEN_CHARS).is_some()
}

#[cfg(test)]
mod tests {
    use super::{analyze, collect, exact_analyzer, MAX_TOKEN_CHARS};

    /// Analyzes `text` and compares its terms with `expected`.
    fn check(text: &str, expected: &[&str]) {
        assert_eq!(analyze(text), expected, "analyze({text:?})");
    }

    #[test]
    fn vocalised_and_plain_agree() {
        check("الضَّمَانَاتُ الضمانات", &["ضمان", "ضمان"]);
        check("كَتَبَ كتب", &["كتب", "كتب"]);
        check("الرَّحْمَٰنِ", &["رحمن"]);
    }

    #[test]
    fn tatweel() {
        check("جميــــل جميل", &["جميل", "جميل"]);
    }

    #[test]
    fn alef_and_hamza_forms() {
        check("أحمد إحمد آحمد ٱحمد احمد", &["احمد"; 5]);
        check("مؤتمر رئيس", &["مؤتمر", "رئيس"]);
    }

    #[test]
    fn alef_maksura_and_teh_marbuta() {
        check("مستشفى مستشفي", &["مستشف", "مستشف"]);
        check("فاطمة فاطمه", &["فاطم", "فاطم"]);
    }

    #[test]
    fn clitics() {
        check("والأمنية الأمنية الامنيه", &["امن"; 3]);
        check("لأوكرانيا أوكرانيا اوكرانيا", &["اوكران"; 3]);
        check("بالدفاع الدفاع ودفاع فالدفاع كالدفاع للدفاع", &["دفاع"; 6]);
        check("وروسيا روسيا لروسيا ولروسيا", &["روس"; 4]);
    }

    #[test]
    fn digits() {
        check("٢٠٢٤ 2024 ۲۰۲۴", &["2024"; 3]);
        // و alone is a stop word.
        check("٢٠٢٤م و2023", &["2024", "م", "2023"]);
        check("COVID-19", &["covid", "19"]);
    }

    #[test]
    fn latin() {
        check("NATO Zelensky", &["nato", "zelensky"]);
        check("قال NATO إن", &["nato"]);
    }

    #[test]
    fn invisible_characters() {
        check("أو\u{200C}كرانيا", &["اوكران"]);
        check("أو\u{200F}كرانيا أو\u{200B}كرانيا", &["اوكران", "اوكران"]);
        check("\u{200F}باريس\u{200E} \u{200B} \u{FEFF}روسيا\u{200B}", &["اريس", "روس"]);
    }

    #[test]
    fn presentation_forms() {
        check("ﺍﻟﺴﻼﻡ السلام", &["سلام", "سلام"]);
    }

    #[test]
    fn profiles_turn_steps_off() {
        use super::{analyze_with, Profile};
        let text = "في الضمانات بباريس";
        assert_eq!(analyze_with(Profile::Arshif, text), ["ضمان", "اريس"]);
        assert_eq!(analyze_with(Profile::NoStopWords, text), ["في", "ضمان", "اريس"]);
        assert_eq!(analyze_with(Profile::Light10, text), ["ضمان", "بباريس"]);
        assert_eq!(analyze_with(Profile::NoStem, text), ["الضمانات", "بباريس"]);
        for profile in Profile::ALL {
            assert_eq!(Profile::from_name(profile.name()), Some(profile));
        }
    }

    #[test]
    fn marks_alone_make_no_term() {
        check("ـــ \u{651} ، .", &[]);
    }

    #[test]
    fn long_tokens_are_dropped_by_characters() {
        let longest = "ب".repeat(MAX_TOKEN_CHARS);
        let too_long = "ب".repeat(MAX_TOKEN_CHARS + 1);
        assert_eq!(analyze(&longest).len(), 1);
        assert_eq!(analyze(&format!("{too_long} دفاع")), ["دفاع"]);
    }

    #[test]
    fn registered_analyzer_serves_index_and_query() -> tantivy::Result<()> {
        use tantivy::collector::Count;
        use tantivy::query::QueryParser;
        use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
        use tantivy::{doc, Index};

        let indexing = TextFieldIndexing::default()
            .set_tokenizer(super::ANALYZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let mut schema = Schema::builder();
        let body =
            schema.add_text_field("body", TextOptions::default().set_indexing_options(indexing));
        let index = Index::create_in_ram(schema.build());
        super::register(&index, super::Profile::default(), true);
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        writer.add_document(doc!(body => "قال: والأمنيةُ لأوكرانيا في ٢٠٢٤م"))?;
        writer.commit()?;
        let searcher = index.reader()?.searcher();
        let parser = QueryParser::for_index(&index, vec![body]);
        for query in ["الامنية", "أوكرانيا", "2024", "\"الأمنية لأوكرانيا\""]
        {
            let hits = searcher.search(&parser.parse_query(query)?, &Count)?;
            assert_eq!(hits, 1, "query {query:?}");
        }
        Ok(())
    }

    #[test]
    fn offsets_point_at_the_surface_form() {
        let text = "قال: والأمنيةُ \u{200F}٢٠٢٤م";
        let surfaces: Vec<(&str, String)> = collect(exact_analyzer(), text)
            .into_iter()
            .map(|(from, to, term)| (&text[from..to], term))
            .collect();
        let expected = [("قال", "قال"), ("والأمنيةُ", "والامنيه"), ("٢٠٢٤", "2024"), ("م", "م")];
        let expected: Vec<(&str, String)> =
            expected.iter().map(|&(surface, term)| (surface, term.to_string())).collect();
        assert_eq!(surfaces, expected);
    }
}
