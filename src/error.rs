//! The library's error type. Every message names what it concerns (a file, a query, an index
//! folder) so that the command line can show it as it is.

use std::path::PathBuf;

/// Errors returned by the library.
#[derive(Debug)]
pub enum Error {
    /// A file could not be read or decoded; the article(s) in it are skipped.
    Read { path: PathBuf, source: std::io::Error },
    /// A file was read but its content is not a valid article (bad JSON, no text, …).
    Parse { path: PathBuf, message: String },
    /// There is no index at this folder yet.
    NoIndex { dir: PathBuf },
    /// The folder holds an index that this version of arshif cannot use.
    IncompatibleIndex { dir: PathBuf, message: String },
    /// The user asked for something that cannot be done (bad date, bad query, bad flag value).
    Invalid(String),
    /// An error from tantivy while reading or writing the index.
    Index(tantivy::TantivyError),
    /// Any other I/O error (writing output, creating folders).
    Io(std::io::Error),
}

/// Shorthand for results with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Read { path, source } => write!(f, "{}: cannot read: {source}", path.display()),
            Error::Parse { path, message } => write!(f, "{}: {message}", path.display()),
            Error::NoIndex { dir } => write!(
                f,
                "no index at {}: run `arshif index FOLDER` first (or pass --index DIR)",
                dir.display()
            ),
            Error::IncompatibleIndex { dir, message } => write!(
                f,
                "the index at {} cannot be used ({message}): rebuild it with `arshif index FOLDER --rebuild`",
                dir.display()
            ),
            Error::Invalid(message) => f.write_str(message),
            Error::Index(err) => write!(f, "index error: {err}"),
            Error::Io(err) => write!(f, "{err}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } => Some(source),
            Error::Index(err) => Some(err),
            Error::Io(err) => Some(err),
            _ => None,
        }
    }
}

impl From<tantivy::TantivyError> for Error {
    fn from(err: tantivy::TantivyError) -> Self {
        Error::Index(err)
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::Io(err)
    }
}
