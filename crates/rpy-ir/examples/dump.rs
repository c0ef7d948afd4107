fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let src = rpy_ir::SourceFile::new(path, text);
    match rpy_ir::compile(&src, &Default::default()) {
        Ok(m) => print!("{m}"),
        Err(e) => eprintln!("{e}"),
    }
}
