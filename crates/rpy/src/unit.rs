//! The compile unit of a script: which files are compiled together.
//!
//! A compiled function may call the compiled functions and use the
//! classes of the modules it imports. A host finds those modules as
//! Python finds a script's own modules (`sys.path[0]`): `NAME.py` in the
//! directory of the importing file. The unit is the given files and
//! every file they import, transitively, that exists there; an import
//! that finds no file stays outside the unit (calling into it is a
//! compile error naming it).

use std::path::{Path, PathBuf};

use rpy_ir::SourceFile;

use crate::Error;

/// The files of the compile unit of `paths` (the first is the main
/// file): the files themselves, then, in the order first met, every
/// module they import that is a `NAME.py` next to the importing file.
pub fn unit_files(paths: &[PathBuf]) -> Result<Vec<SourceFile>, Error> {
    let mut files: Vec<SourceFile> = Vec::new();
    let mut dirs: Vec<PathBuf> = Vec::new();
    for p in paths {
        let src = read(p)?;
        if files.iter().any(|f| rpy_ir::module_name(&f.name) == rpy_ir::module_name(&src.name)) {
            return Err(Error::usage(format!("{}: a file of module '{}' is already in the compile unit", p.display(), rpy_ir::module_name(&src.name))));
        }
        files.push(src);
        dirs.push(p.parent().map(Path::to_path_buf).unwrap_or_default());
    }
    let mut next = 0;
    while next < files.len() {
        for module in rpy_ir::imported_modules(&files[next]) {
            if module.contains('.') || files.iter().any(|f| rpy_ir::module_name(&f.name) == module) {
                continue;
            }
            let candidate = dirs[next].join(format!("{module}.py"));
            if candidate.is_file() {
                files.push(read(&candidate)?);
                dirs.push(dirs[next].clone());
            }
        }
        next += 1;
    }
    Ok(files)
}

fn read(path: &Path) -> Result<SourceFile, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(SourceFile::new(path.display().to_string(), text))
}
