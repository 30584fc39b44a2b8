//! File access with one-line errors, and atomic writes (never a partial output file).

use std::path::Path;

use crate::{Failure, usage};

pub fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| usage(format!("error: cannot read {}: {e}", path.display())))
}

/// Writes through a temporary file in the same directory, then renames it into place.
/// An existing path that is not a regular file (`/dev/null`, a FIFO) is written
/// directly: renaming over it would replace the device with a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        return std::fs::write(path, bytes).map_err(|e| usage(format!("error: cannot write {}: {e}", path.display())));
    }
    let name = path.file_name().ok_or_else(|| usage(format!("error: bad output path {}", path.display())))?;
    let tmp = path.with_file_name(format!(".{}.tmp{}", name.to_string_lossy(), std::process::id()));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        usage(format!("error: cannot write {}: {e}", path.display()))
    })
}
