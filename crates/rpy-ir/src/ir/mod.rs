//! The typed SSA IR: entities, types, the opcode table, functions, the
//! builder and the text printer.

mod builder;
mod entities;
mod function;
mod list;
mod ops;
mod types;
mod write;

pub use builder::Builder;
pub use entities::{Block, EntityRef, FuncId, Inst, PrimaryMap, SecondaryMap, TypeId, Value};
pub use function::{BlockCall, BlockData, Conv, DataFlowGraph, Function, InstData, Layout, Module, Param, Piece, SrcLoc, ValueData, ValueDef};
pub use list::ListOp;
pub use ops::{Opcode, INT_OVERFLOW_MSG};
pub use types::{elem_kind, ArrayElem, ClassLayout, ConstValue, Field, HeapType, Type, OBJECT_HEADER_SIZE};
pub use write::{write_function, write_inst, write_module};
