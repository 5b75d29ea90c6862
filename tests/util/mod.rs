//! Shared helpers for the end-to-end tests: they run the real `arshif` binary on articles in a
//! temporary folder (or on the project's `corpus/`) with a temporary index.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a run of the binary gave.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts the exit code, showing the output when it differs.
    pub fn expect_code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    pub fn success(self) -> Run {
        self.expect_code(0)
    }

    /// Non-empty stdout lines.
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().filter(|l| !l.trim().is_empty()).collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{}", self.stdout))
    }
}

/// Runs `arshif` with `args` in `cwd`, feeding `stdin`.
pub fn arshif_in(cwd: &Path, args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_arshif"))
        .args(args)
        .current_dir(cwd)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the arshif binary runs");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.as_bytes()).expect("write stdin");
    drop(input);
    let output = child.wait_with_output().expect("arshif finishes");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// The project's sample archive.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// A temporary workspace: an `articles/` folder and an `idx/` index.
pub struct Workspace {
    pub root: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace { root: tempfile::tempdir().expect("temp dir") }
    }

    /// A workspace whose index holds the project's `corpus/`.
    pub fn with_corpus() -> Workspace {
        let ws = Workspace::new();
        let corpus = corpus_dir();
        ws.index_folder(corpus.to_str().expect("UTF-8 path")).success();
        ws
    }

    /// A workspace whose index holds `files` (relative path, content).
    pub fn with_files(files: &[(&str, &str)]) -> Workspace {
        let ws = Workspace::new();
        ws.write_files(files);
        ws.index_folder("articles").success();
        ws
    }

    pub fn path(&self) -> &Path {
        self.root.path()
    }

    pub fn articles(&self) -> PathBuf {
        self.path().join("articles")
    }

    pub fn index_dir(&self) -> PathBuf {
        self.path().join("idx")
    }

    pub fn write_files(&self, files: &[(&str, &str)]) {
        for (name, content) in files {
            self.write_bytes(name, content.as_bytes());
        }
    }

    pub fn write_bytes(&self, name: &str, content: &[u8]) {
        let path = self.articles().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, content).expect("write article");
    }

    /// `arshif index FOLDER --index idx`.
    pub fn index_folder(&self, folder: &str) -> Run {
        self.run(&["index", folder, "--index", "idx"])
    }

    /// Runs `arshif ARGS --index idx`.
    pub fn arshif(&self, args: &[&str]) -> Run {
        self.arshif_stdin(args, "")
    }

    pub fn arshif_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--index", "idx"]);
        arshif_in(self.path(), &all, stdin)
    }

    /// Runs `arshif ARGS` as given.
    pub fn run(&self, args: &[&str]) -> Run {
        arshif_in(self.path(), args, "")
    }

    /// Ids of `search QUERY EXTRA… --format jsonl`, in rank order.
    pub fn search_ids(&self, query: &str, extra: &[&str]) -> Vec<String> {
        let mut args = vec!["search", query, "--format", "jsonl"];
        args.extend(extra);
        let run = self.arshif(&args).success();
        run.lines()
            .iter()
            .map(|line| {
                let hit: serde_json::Value = serde_json::from_str(line).expect("a JSON hit");
                hit["id"].as_str().expect("id").to_string()
            })
            .collect()
    }
}
