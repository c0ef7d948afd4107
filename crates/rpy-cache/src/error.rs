//! The error type of the cache.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Everything that can go wrong with the cache.
///
/// Every variant names the path involved; [`fmt::Display`] also says how to
/// fix it. Corrupt or incomplete *entries* are not errors: they are removed
/// and reported as absent, so the caller rebuilds.
#[derive(Debug)]
#[non_exhaustive]
pub enum CacheError {
    /// No cache location could be determined: no explicit directory, no
    /// `$RPY_CACHE_DIR`, no `$XDG_CACHE_HOME` and no `$HOME`.
    NoLocation,
    /// A directory or file of the cache is not trusted: owned by another
    /// user, writable by group/others, a symbolic link, or not the expected
    /// kind of file. The cache refuses to use it.
    Untrusted {
        /// The offending path.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
        /// What the user can do about it (a command or an alternative).
        fix: String,
    },
    /// A module name that cannot be used as a file name (empty, starts with
    /// `.`, contains `/` or NUL).
    InvalidName {
        /// The rejected name.
        name: String,
    },
    /// An I/O operation failed.
    Io {
        /// What was being done (e.g. `"create directory"`).
        op: &'static str,
        /// The path it was done on.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

impl CacheError {
    pub(crate) fn io(op: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        CacheError::Io {
            op,
            path: path.into(),
            source,
        }
    }

    pub(crate) fn untrusted(
        path: impl Into<PathBuf>,
        reason: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        CacheError::Untrusted {
            path: path.into(),
            reason: reason.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for CacheError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CacheError::NoLocation => write!(
                f,
                "cannot locate the rpythonic cache: none of $RPY_CACHE_DIR, $XDG_CACHE_HOME, \
                 $HOME is set; fix: set RPY_CACHE_DIR to a directory you own (or pass cache_dir=)"
            ),
            CacheError::Untrusted { path, reason, fix } => write!(
                f,
                "refusing to use cache path {}: {reason}; fix: {fix}",
                path.display()
            ),
            CacheError::InvalidName { name } => write!(
                f,
                "invalid module name {name:?}: a cache module name must be non-empty, must not \
                 start with '.', and must not contain '/' or NUL; fix: use a Python identifier"
            ),
            CacheError::Io { op, path, source } => {
                write!(f, "cannot {op} {}: {source}", path.display())?;
                match source.kind() {
                    io::ErrorKind::PermissionDenied => write!(
                        f,
                        "; fix: check the permissions of {} or set RPY_CACHE_DIR to a directory you own",
                        path.display()
                    ),
                    io::ErrorKind::StorageFull => {
                        write!(f, "; fix: free disk space or run `rpy cache gc`")
                    }
                    _ => Ok(()),
                }
            }
        }
    }
}

impl std::error::Error for CacheError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CacheError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
