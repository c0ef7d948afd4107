//! Golden tests over `tests/errors/*.py`: programs outside the subset. Each
//! must fail to compile (never panic) with diagnostics exactly on the lines
//! marked `# error: SUBSTRING`, each message containing its substring; the
//! rendered diagnostics are snapshotted (insta).

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::rel;
use rpy_ir::{compile, Options, SourceFile};

fn case(path: &Path) -> datatest_stable::Result<()> {
    let text = std::fs::read_to_string(path)?;
    let src = SourceFile::new(rel(path), text.clone());
    let err = match compile(&src, &Options::default()) {
        Ok(m) => return Err(format!("compiled, but errors were expected:\n{m}").into()),
        Err(e) => e,
    };
    let expected: BTreeMap<u32, String> = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| l.split_once("# error:").map(|(_, s)| (i as u32 + 1, s.trim().to_string())))
        .collect();
    let mut found: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for d in &err.diagnostics {
        // A grouped diagnostic is found at each of its places.
        for span in std::iter::once(d.span).chain(d.also.iter().copied()) {
            let (line, _) = err.line_col(&rpy_ir::Diagnostic::new(span, ""));
            found.entry(line).or_default().push(d.message.clone());
        }
    }
    let mut problems = Vec::new();
    for (line, want) in &expected {
        match found.get(line) {
            None => problems.push(format!("line {line}: expected an error containing {want:?}, got none")),
            Some(msgs) if !msgs.iter().any(|m| m.to_lowercase().contains(&want.to_lowercase())) => {
                problems.push(format!("line {line}: expected an error containing {want:?}, got {msgs:?}"))
            }
            Some(_) => {}
        }
    }
    for (line, msgs) in &found {
        if !expected.contains_key(line) {
            problems.push(format!("line {line}: unexpected error(s) {msgs:?}"));
        }
    }
    if !problems.is_empty() {
        return Err(format!("{}\n\nfull output:\n{err}", problems.join("\n")).into());
    }
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("case").to_string();
    insta::with_settings!({
        snapshot_path => common::repo_root().join("tests/errors/snapshots"),
        prepend_module_to_snapshot => false,
        input_file => path,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, err.to_string());
    });
    Ok(())
}

datatest_stable::harness! {
    { test = case, root = "../../tests/errors", pattern = r"^[^/]*\.py$" },
}
