//! Constant evaluation: folds LLVM constants (integers, addresses of globals and
//! functions, constant expressions) to values, and serialises initialisers to bytes.

use crate::ir::{Op, Ty, Val};
use crate::lower::mir::FuncId;
use crate::module::Ctx;

/// A folded scalar constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CVal {
    /// An integer or a data address (zero-extended to 128 bits).
    Int(u128),
    /// The code address of a function plus a byte offset (resolved when linking).
    Func(FuncId, i64),
}

impl CVal {
    pub fn int(self) -> Option<u128> {
        match self {
            CVal::Int(v) => Some(v),
            CVal::Func(..) => None,
        }
    }
}

fn mask128(v: u128, width: u32) -> u128 {
    if width >= 128 { v } else { v & ((1u128 << width) - 1) }
}

fn sext128(v: u128, width: u32) -> u128 {
    if width >= 128 || width == 0 {
        return v;
    }
    let shift = 128 - width;
    (((v << shift) as i128) >> shift) as u128
}

/// The bit width of a scalar type (pointers are 64 bits).
pub fn scalar_width(t: Ty) -> Option<u32> {
    if t.is_int() {
        Some(t.int_width())
    } else if t.is_ptr() {
        Some(64)
    } else {
        None
    }
}

/// Byte offset of a GEP with constant indices over `source` (the indices as values).
pub fn gep_const_offset(ctx: &Ctx, source: Ty, indices: &[Val]) -> Result<i64, String> {
    let mut off: i64 = 0;
    let mut ty = source;
    for (i, idx) in indices.iter().enumerate() {
        let k = eval(ctx, *idx)?.int().ok_or("non-integer GEP index")?;
        let w = idx.ty().int_width();
        let k = sext128(mask128(k, w), w) as i64;
        if i == 0 {
            off = off.wrapping_add(k.wrapping_mul(ctx.layout.alloc_size(ty) as i64));
            continue;
        }
        if ty.is_struct() {
            off = off.wrapping_add(ctx.layout.field_offset(ty, k as u32) as i64);
            ty = ty.struct_fields()[k as usize];
        } else if ty.is_array() || ty.is_vector() {
            ty = ty.element_type();
            off = off.wrapping_add(k.wrapping_mul(ctx.layout.alloc_size(ty) as i64));
        } else {
            return Err(format!("GEP index into non-aggregate type {}", ty.print()));
        }
    }
    Ok(off)
}

/// Folds a scalar constant.
pub fn eval(ctx: &Ctx, v: Val) -> Result<CVal, String> {
    if v.is_const_int() {
        return v.const_u128().map(CVal::Int).ok_or_else(|| format!("unreadable integer constant {}", v.print()));
    }
    if v.is_null_ptr() || v.is_undef() || v.is_agg_zero() {
        return Ok(CVal::Int(0));
    }
    if v.is_const_fp() {
        let t = v.ty();
        if t.is_x86_fp80() {
            return v.const_x86_fp80_bits().map(CVal::Int).ok_or_else(|| format!("unreadable constant {}", v.print()));
        }
        let d = v.const_double();
        return match t.kind() {
            inkwell::llvm_sys::LLVMTypeKind::LLVMDoubleTypeKind => Ok(CVal::Int(d.to_bits() as u128)),
            inkwell::llvm_sys::LLVMTypeKind::LLVMFloatTypeKind => Ok(CVal::Int((d as f32).to_bits() as u128)),
            _ => Err(format!("floating-point constant of type {}", t.print())),
        };
    }
    if v.is_function() {
        let id = ctx.func_id(v).ok_or_else(|| format!("unknown function `{}`", v.name()))?;
        return Ok(CVal::Func(id, 0));
    }
    if v.is_global_var() {
        return ctx.global_address(v).map(|a| CVal::Int(a as u128));
    }
    if v.is_global_alias() {
        return eval(ctx, v.alias_target());
    }
    if v.is_const_expr() {
        let op = v.const_opcode();
        let width = |t: Ty| scalar_width(t).unwrap_or(64);
        return match op {
            Op::LLVMGetElementPtr => {
                let base = eval(ctx, v.operand(0))?;
                let idx: Vec<Val> = (1..v.num_operands()).map(|i| v.operand(i)).collect();
                let off = gep_const_offset(ctx, v.gep_source_type(), &idx)?;
                Ok(match base {
                    CVal::Int(a) => CVal::Int(mask128(a.wrapping_add(off as i128 as u128), 64)),
                    CVal::Func(f, o) => CVal::Func(f, o.wrapping_add(off)),
                })
            }
            Op::LLVMBitCast | Op::LLVMAddrSpaceCast | Op::LLVMIntToPtr | Op::LLVMPtrToInt | Op::LLVMPtrToAddr => {
                let inner = eval(ctx, v.operand(0))?;
                let w = width(v.ty());
                Ok(match inner {
                    CVal::Int(a) => CVal::Int(mask128(a, w)),
                    f @ CVal::Func(..) if w >= 32 => f,
                    CVal::Func(..) => return Err("truncated function address".into()),
                })
            }
            Op::LLVMTrunc | Op::LLVMZExt | Op::LLVMSExt => {
                let from = width(v.operand(0).ty());
                let to = width(v.ty());
                let a = eval(ctx, v.operand(0))?.int().ok_or("cast of a function address")?;
                Ok(CVal::Int(match op {
                    Op::LLVMSExt => mask128(sext128(a, from), to),
                    _ => mask128(a, to),
                }))
            }
            Op::LLVMAdd | Op::LLVMSub | Op::LLVMXor | Op::LLVMMul | Op::LLVMAnd | Op::LLVMOr | Op::LLVMShl => {
                let w = width(v.ty());
                let a = eval(ctx, v.operand(0))?;
                let b = eval(ctx, v.operand(1))?;
                match (a, b) {
                    (CVal::Int(a), CVal::Int(b)) => Ok(CVal::Int(mask128(
                        match op {
                            Op::LLVMAdd => a.wrapping_add(b),
                            Op::LLVMSub => a.wrapping_sub(b),
                            Op::LLVMXor => a ^ b,
                            Op::LLVMMul => a.wrapping_mul(b),
                            Op::LLVMAnd => a & b,
                            Op::LLVMOr => a | b,
                            _ => a.checked_shl(b as u32).unwrap_or(0),
                        },
                        w,
                    ))),
                    (CVal::Func(f, o), CVal::Int(b)) if op == Op::LLVMAdd => {
                        Ok(CVal::Func(f, o.wrapping_add(b as i64)))
                    }
                    (CVal::Func(f, o), CVal::Int(b)) if op == Op::LLVMSub => {
                        Ok(CVal::Func(f, o.wrapping_sub(b as i64)))
                    }
                    (CVal::Func(f1, o1), CVal::Func(f2, o2)) if op == Op::LLVMSub && f1 == f2 => {
                        Ok(CVal::Int(mask128(o1.wrapping_sub(o2) as i128 as u128, w)))
                    }
                    _ => Err(format!("constant expression on function addresses: {}", v.print())),
                }
            }
            _ => Err(format!("constant expression {}", v.print())),
        };
    }
    if !unsafe { inkwell::llvm_sys::core::LLVMIsABlockAddress(v.0) }.is_null() {
        return block_address(ctx, v).map(CVal::Int);
    }
    if v.is_basic_block() {
        return Err(format!("block address {}", v.print()));
    }
    Err(format!("constant {}", v.print()))
}

/// First value of `blockaddress` constants: in the unmapped region, so that a block
/// address is never a valid data address.
pub const BLOCK_ADDRESS_BASE: u64 = 0x8000_0000;

/// The value of `blockaddress(@f, %bb)`: the machine has no indirect jump, so a block
/// address is a number (`BLOCK_ADDRESS_BASE + function id * 2^16 + block index`) that
/// `indirectbr` compares against its destinations. Differences of two block addresses
/// of one function are small, as GCC's `&&a - &&b` idiom expects.
pub fn block_address(ctx: &Ctx, v: Val) -> Result<u128, String> {
    use inkwell::llvm_sys::core::{LLVMGetBlockAddressBasicBlock, LLVMGetBlockAddressFunction};
    let f = Val(unsafe { LLVMGetBlockAddressFunction(v.0) });
    let bb = unsafe { LLVMGetBlockAddressBasicBlock(v.0) };
    let id = ctx.func_id(f).ok_or_else(|| format!("block address in unknown function {}", v.print()))?;
    let index = f
        .blocks()
        .iter()
        .position(|b| b.0 == bb)
        .ok_or_else(|| format!("block address of a missing block {}", v.print()))?;
    if id >= 0x8000 || index >= 0x1_0000 {
        return Err(format!("block address {} (too many functions or blocks)", v.print()));
    }
    Ok((BLOCK_ADDRESS_BASE + ((id as u64) << 16) + index as u64) as u128)
}

/// A relocation in the data image: the 8 bytes at `offset` hold a function's code
/// address plus `addend`.
#[derive(Clone, Copy, Debug)]
pub struct DataReloc {
    pub offset: usize,
    pub func: FuncId,
    pub addend: i64,
    /// Bytes of the field (4 or 8).
    pub size: usize,
}

/// Serialises constant `c` of type `ty` into `buf` (already zeroed) at `at`.
pub fn write_const(
    ctx: &Ctx,
    c: Val,
    ty: Ty,
    buf: &mut [u8],
    at: usize,
    relocs: &mut Vec<DataReloc>,
) -> Result<(), String> {
    if c.is_undef() || c.is_agg_zero() || c.is_null_ptr() {
        return Ok(());
    }
    if ty.is_struct() {
        for (i, ft) in ty.struct_fields().into_iter().enumerate() {
            let off = ctx.layout.field_offset(ty, i as u32) as usize;
            let e = c.aggregate_element(i as u32);
            if e.is_null() {
                return Err(format!("unreadable struct constant {}", c.print()));
            }
            write_const(ctx, e, ft, buf, at + off, relocs)?;
        }
        return Ok(());
    }
    if ty.is_array() || ty.is_vector() {
        let et = ty.element_type();
        let n = if ty.is_array() { ty.array_len() } else { ty.vector_len() as u64 };
        let stride = if ty.is_array() { ctx.layout.alloc_size(et) } else { ctx.layout.store_size(et) } as usize;
        if ty.is_vector() && et.is_int() && !et.int_width().is_multiple_of(8) {
            return Err(format!("vector constant of type {}", ty.print()));
        }
        if c.is_const_data_seq() && ty.is_array() && stride as u64 == ctx.layout.store_size(et) {
            let raw = c.raw_data();
            let len = (n as usize * stride).min(raw.len());
            buf[at..at + len].copy_from_slice(&raw[..len]);
            return Ok(());
        }
        for i in 0..n {
            let e = c.aggregate_element(i as u32);
            if e.is_null() {
                return Err(format!("unreadable array constant {}", c.print()));
            }
            write_const(ctx, e, et, buf, at + i as usize * stride, relocs)?;
        }
        return Ok(());
    }
    let size = ctx.layout.store_size(ty) as usize;
    if ty.is_int() && ty.int_width() > 128 {
        if !c.is_const_int() {
            return Err(format!("integer constant of type {}", ty.print()));
        }
        let words = c.const_words().ok_or_else(|| format!("unreadable constant {}", c.print()))?;
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        buf[at..at + size].copy_from_slice(&bytes[..size]);
        return Ok(());
    }
    match eval(ctx, c)? {
        CVal::Int(v) => {
            let bytes = v.to_le_bytes();
            let n = size.min(16);
            buf[at..at + n].copy_from_slice(&bytes[..n]);
        }
        CVal::Func(func, addend) => {
            if size != 8 && size != 4 {
                return Err(format!("function address in a {size}-byte field"));
            }
            relocs.push(DataReloc { offset: at, func, addend, size });
        }
    }
    Ok(())
}

/// Whether a constant is all zero bytes (so its global can go to bss).
pub fn is_zero(c: Val) -> bool {
    if c.is_undef() || c.is_agg_zero() || c.is_null_ptr() {
        return true;
    }
    if c.is_const_int() {
        return c.const_u128() == Some(0);
    }
    if c.is_const_data_seq() {
        return c.raw_data().iter().all(|&b| b == 0);
    }
    if c.is_const_aggregate() {
        let n = c.num_operands();
        return (0..n).all(|i| is_zero(c.operand(i)));
    }
    false
}
