//! The verifier accepts well-formed IR and reports each kind of broken
//! invariant (functions are built by hand with the Builder).

use rpy_ir::ir::{BlockCall, Builder, Function, Module, Opcode, Param, SrcLoc, Type};
use rpy_ir::verify::verify_module;

fn func(params: &[Type], ret: Type) -> Function {
    let params = params.iter().enumerate().map(|(i, &ty)| Param { name: format!("p{i}"), ty, default: None }).collect();
    Function::new("f", params, ret, SrcLoc::default())
}

fn errors(f: Function) -> Vec<String> {
    let mut m = Module::default();
    m.funcs.push(f);
    match verify_module(&m) {
        Ok(()) => Vec::new(),
        Err(es) => es.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn well_formed_function_passes() {
    let mut f = func(&[Type::I64], Type::I64);
    let mut b = Builder::new(&mut f);
    let entry = b.create_block();
    let x = b.append_block_param(entry, Type::I64);
    let exit = b.create_block();
    let r = b.append_block_param(exit, Type::I64);
    b.switch_to_block(entry);
    let one = b.iconst(1);
    let y = b.binary(Opcode::IntAdd, x, one);
    b.jump(exit, vec![y]);
    b.switch_to_block(exit);
    b.ret(r);
    assert_eq!(errors(f), Vec::<String>::new());
}

#[test]
fn operand_of_wrong_type_is_reported() {
    let mut f = func(&[Type::F64], Type::I64);
    let mut b = Builder::new(&mut f);
    let entry = b.create_block();
    let x = b.append_block_param(entry, Type::F64);
    b.switch_to_block(entry);
    let one = b.iconst(1);
    let y = b.binary(Opcode::IntAdd, x, one);
    b.ret(y);
    let es = errors(f);
    assert!(es.iter().any(|e| e.contains("has type f64, expected i64")), "{es:?}");
}

#[test]
fn missing_terminator_is_reported() {
    let mut f = func(&[], Type::I64);
    let mut b = Builder::new(&mut f);
    let entry = b.create_block();
    b.switch_to_block(entry);
    b.iconst(1);
    let es = errors(f);
    assert!(es.iter().any(|e| e.contains("does not end with a terminator")), "{es:?}");
}

#[test]
fn use_not_dominated_by_its_definition_is_reported() {
    let mut f = func(&[Type::Bool], Type::I64);
    let mut b = Builder::new(&mut f);
    let entry = b.create_block();
    let c = b.append_block_param(entry, Type::Bool);
    let (left, right) = (b.create_block(), b.create_block());
    b.switch_to_block(entry);
    b.brif(c, BlockCall { block: left, args: vec![] }, BlockCall { block: right, args: vec![] });
    b.switch_to_block(left);
    let v = b.iconst(1);
    b.ret(v);
    b.switch_to_block(right);
    b.ret(v); // defined only on the other path
    let es = errors(f);
    assert!(es.iter().any(|e| e.contains("does not dominate")), "{es:?}");
}

#[test]
fn wrong_number_of_block_arguments_is_reported() {
    let mut f = func(&[], Type::I64);
    let mut b = Builder::new(&mut f);
    let entry = b.create_block();
    let exit = b.create_block();
    let r = b.append_block_param(exit, Type::I64);
    b.switch_to_block(entry);
    b.jump(exit, vec![]);
    b.switch_to_block(exit);
    b.ret(r);
    let es = errors(f);
    assert!(es.iter().any(|e| e.contains("passes 0 arguments")), "{es:?}");
}

#[test]
fn return_of_wrong_type_is_reported() {
    let mut f = func(&[], Type::F64);
    let mut b = Builder::new(&mut f);
    let entry = b.create_block();
    b.switch_to_block(entry);
    let v = b.bconst(true);
    b.ret(v);
    let es = errors(f);
    assert!(es.iter().any(|e| e.contains("return value")), "{es:?}");
}
