//! Thin, copyable handles over the LLVM C API, used by every pass after the module is
//! loaded. The module (and its context) outlive every handle: the handles are only
//! created and used inside one call of [`crate::compile`].

#![allow(clippy::not_unsafe_ptr_arg_deref)]

use std::ffi::{CStr, c_char};

use inkwell::llvm_sys::LLVMIntPredicate;
use inkwell::llvm_sys::LLVMOpcode;
use inkwell::llvm_sys::LLVMTypeKind;
use inkwell::llvm_sys::core::*;
use inkwell::llvm_sys::prelude::*;
use inkwell::llvm_sys::target::*;

pub use inkwell::llvm_sys::LLVMIntPredicate as Pred;
pub use inkwell::llvm_sys::LLVMOpcode as Op;

/// An LLVM value (instruction, argument, constant, global, basic block as value).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Val(pub LLVMValueRef);

/// An LLVM type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Ty(pub LLVMTypeRef);

/// An LLVM basic block.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Bb(pub LLVMBasicBlockRef);

fn owned_message(ptr: *mut c_char) -> String {
    if ptr.is_null() {
        return String::new();
    }
    let text = unsafe { CStr::from_ptr(ptr) }.to_string_lossy().into_owned();
    unsafe { LLVMDisposeMessage(ptr) };
    text
}

fn name_of(ptr: *const c_char, len: usize) -> String {
    if ptr.is_null() {
        return String::new();
    }
    let bytes = unsafe { std::slice::from_raw_parts(ptr as *const u8, len) };
    String::from_utf8_lossy(bytes).into_owned()
}

impl Val {
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
    pub fn name(self) -> String {
        let mut len = 0usize;
        let ptr = unsafe { LLVMGetValueName2(self.0, &mut len) };
        name_of(ptr, len)
    }
    /// The value printed as LLVM assembly, on one line.
    pub fn print(self) -> String {
        let text = owned_message(unsafe { LLVMPrintValueToString(self.0) });
        crate::error::one_line(&text)
    }
    pub fn ty(self) -> Ty {
        Ty(unsafe { LLVMTypeOf(self.0) })
    }
    pub fn opcode(self) -> Op {
        unsafe { LLVMGetInstructionOpcode(self.0) }
    }
    pub fn num_operands(self) -> u32 {
        unsafe { LLVMGetNumOperands(self.0) as u32 }
    }
    pub fn operand(self, i: u32) -> Val {
        Val(unsafe { LLVMGetOperand(self.0, i) })
    }
    pub fn is_instruction(self) -> bool {
        !unsafe { LLVMIsAInstruction(self.0) }.is_null()
    }
    pub fn is_argument(self) -> bool {
        !unsafe { LLVMIsAArgument(self.0) }.is_null()
    }
    pub fn is_constant(self) -> bool {
        unsafe { LLVMIsConstant(self.0) != 0 }
    }
    /// Whether an `or` instruction is `or disjoint` (no bit set in both operands).
    pub fn is_disjoint(self) -> bool {
        unsafe { LLVMGetIsDisjoint(self.0) != 0 }
    }
    pub fn is_const_int(self) -> bool {
        !unsafe { LLVMIsAConstantInt(self.0) }.is_null()
    }
    pub fn is_const_expr(self) -> bool {
        !unsafe { LLVMIsAConstantExpr(self.0) }.is_null()
    }
    pub fn is_function(self) -> bool {
        !unsafe { LLVMIsAFunction(self.0) }.is_null()
    }
    pub fn is_global_var(self) -> bool {
        !unsafe { LLVMIsAGlobalVariable(self.0) }.is_null()
    }
    pub fn is_global_alias(self) -> bool {
        !unsafe { LLVMIsAGlobalAlias(self.0) }.is_null()
    }
    pub fn is_undef(self) -> bool {
        !unsafe { LLVMIsAUndefValue(self.0) }.is_null()
    }
    pub fn is_null_ptr(self) -> bool {
        !unsafe { LLVMIsAConstantPointerNull(self.0) }.is_null()
    }
    pub fn is_agg_zero(self) -> bool {
        !unsafe { LLVMIsAConstantAggregateZero(self.0) }.is_null()
    }
    pub fn is_const_fp(self) -> bool {
        !unsafe { LLVMIsAConstantFP(self.0) }.is_null()
    }
    pub fn is_const_data_seq(self) -> bool {
        !unsafe { LLVMIsAConstantDataSequential(self.0) }.is_null()
    }
    pub fn is_const_aggregate(self) -> bool {
        unsafe {
            !LLVMIsAConstantStruct(self.0).is_null()
                || !LLVMIsAConstantArray(self.0).is_null()
                || !LLVMIsAConstantVector(self.0).is_null()
        }
    }
    pub fn is_inline_asm(self) -> bool {
        !unsafe { LLVMIsAInlineAsm(self.0) }.is_null()
    }
    pub fn is_basic_block(self) -> bool {
        unsafe { LLVMValueIsBasicBlock(self.0) != 0 }
    }
    pub fn is_declaration(self) -> bool {
        unsafe { LLVMIsDeclaration(self.0) != 0 }
    }
    /// Low 64 bits of a constant integer.
    pub fn const_zext(self) -> u64 {
        unsafe { LLVMConstIntGetZExtValue(self.0) }
    }
    /// The full value of a constant integer of any width up to 128 bits.
    pub fn const_u128(self) -> Option<u128> {
        let width = self.ty().int_width();
        if width <= 64 {
            return Some(self.const_zext() as u128);
        }
        // The C API only exposes the low word; print and parse the rest.
        let text = self.print();
        let digits = text.rsplit(' ').next()?;
        let value = if let Some(neg) = digits.strip_prefix('-') {
            (neg.parse::<u128>().ok()?).wrapping_neg()
        } else if digits == "true" {
            1
        } else if digits == "false" {
            0
        } else {
            digits.parse::<u128>().ok()?
        };
        Some(if width >= 128 { value } else { value & ((1u128 << width) - 1) })
    }
    /// The value of a constant integer of any width as little-endian 64-bit words (the
    /// top word masked to the width).
    pub fn const_words(self) -> Option<Vec<u64>> {
        let width = self.ty().int_width();
        let n = width.div_ceil(64) as usize;
        let mut words = vec![0u64; n.max(1)];
        if width <= 64 {
            words[0] = self.const_zext();
            return Some(words);
        }
        let text = self.print();
        let digits = text.rsplit(' ').next()?;
        let (neg, digits) = match digits.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, digits),
        };
        match digits {
            "true" => words[0] = 1,
            "false" => {}
            _ => {
                for ch in digits.bytes() {
                    if !ch.is_ascii_digit() {
                        return None;
                    }
                    // words = words * 10 + digit
                    let mut carry = (ch - b'0') as u128;
                    for w in words.iter_mut() {
                        let v = (*w as u128) * 10 + carry;
                        *w = v as u64;
                        carry = v >> 64;
                    }
                }
            }
        }
        if neg {
            // Two's complement: invert and add one.
            let mut carry = 1u128;
            for w in words.iter_mut() {
                let v = (!*w) as u128 + carry;
                *w = v as u64;
                carry = v >> 64;
            }
        }
        let top = width % 64;
        if top != 0 {
            let last = words.len() - 1;
            words[last] &= (1u64 << top) - 1;
        }
        Some(words)
    }
    pub fn const_double(self) -> f64 {
        let mut lost = 0;
        unsafe { LLVMConstRealGetDouble(self.0, &mut lost) }
    }
    /// The 80 bits of an `x86_fp80` constant (significand in bits 0..64, sign and
    /// exponent in bits 64..80). The C API only reads constants as doubles, which loses
    /// bits; LLVM always prints this type in its exact `0xK` hexadecimal form.
    pub fn const_x86_fp80_bits(self) -> Option<u128> {
        let text = self.print();
        let hex = text.rsplit(' ').next()?.strip_prefix("0xK")?;
        u128::from_str_radix(hex, 16).ok().filter(|&b| b >> 80 == 0)
    }
    pub fn const_opcode(self) -> Op {
        unsafe { LLVMGetConstOpcode(self.0) }
    }
    pub fn aggregate_element(self, i: u32) -> Val {
        Val(unsafe { LLVMGetAggregateElement(self.0, i) })
    }
    pub fn raw_data(self) -> Vec<u8> {
        let mut len = 0usize;
        let ptr = unsafe { LLVMGetRawDataValues(self.0, &mut len as *mut usize as usize) };
        if ptr.is_null() {
            return Vec::new();
        }
        unsafe { std::slice::from_raw_parts(ptr as *const u8, len) }.to_vec()
    }
    pub fn icmp_pred(self) -> Pred {
        unsafe { LLVMGetICmpPredicate(self.0) }
    }
    pub fn alignment(self) -> u32 {
        unsafe { LLVMGetAlignment(self.0) }
    }
    pub fn allocated_type(self) -> Ty {
        Ty(unsafe { LLVMGetAllocatedType(self.0) })
    }
    pub fn gep_source_type(self) -> Ty {
        Ty(unsafe { LLVMGetGEPSourceElementType(self.0) })
    }
    pub fn global_value_type(self) -> Ty {
        Ty(unsafe { LLVMGlobalGetValueType(self.0) })
    }
    pub fn initializer(self) -> Option<Val> {
        let v = unsafe { LLVMGetInitializer(self.0) };
        (!v.is_null()).then_some(Val(v))
    }
    pub fn alias_target(self) -> Val {
        Val(unsafe { LLVMAliasGetAliasee(self.0) })
    }
    pub fn called_value(self) -> Val {
        Val(unsafe { LLVMGetCalledValue(self.0) })
    }
    pub fn called_fn_type(self) -> Ty {
        Ty(unsafe { LLVMGetCalledFunctionType(self.0) })
    }
    pub fn num_arg_operands(self) -> u32 {
        unsafe { LLVMGetNumArgOperands(self.0) }
    }
    pub fn intrinsic_id(self) -> u32 {
        unsafe { LLVMGetIntrinsicID(self.0) }
    }
    pub fn num_incoming(self) -> u32 {
        unsafe { LLVMCountIncoming(self.0) }
    }
    pub fn incoming(self, i: u32) -> (Val, Bb) {
        unsafe { (Val(LLVMGetIncomingValue(self.0, i)), Bb(LLVMGetIncomingBlock(self.0, i))) }
    }
    pub fn num_successors(self) -> u32 {
        unsafe { LLVMGetNumSuccessors(self.0) }
    }
    pub fn successor(self, i: u32) -> Bb {
        Bb(unsafe { LLVMGetSuccessor(self.0, i) })
    }
    pub fn is_conditional(self) -> bool {
        unsafe { LLVMIsConditional(self.0) != 0 }
    }
    pub fn condition(self) -> Val {
        Val(unsafe { LLVMGetCondition(self.0) })
    }
    pub fn switch_case_value(self, i: u32) -> Val {
        Val(unsafe { LLVMGetSwitchCaseValue(self.0, i) })
    }
    pub fn indices(self) -> Vec<u32> {
        unsafe {
            let n = LLVMGetNumIndices(self.0) as usize;
            let ptr = LLVMGetIndices(self.0);
            if ptr.is_null() || n == 0 {
                return Vec::new();
            }
            std::slice::from_raw_parts(ptr, n).to_vec()
        }
    }
    pub fn parent_block(self) -> Bb {
        Bb(unsafe { LLVMGetInstructionParent(self.0) })
    }
    pub fn next_instruction(self) -> Option<Val> {
        let v = unsafe { LLVMGetNextInstruction(self.0) };
        (!v.is_null()).then_some(Val(v))
    }
    /// Every user of this value, with the operand index it is used at.
    pub fn uses(self) -> Vec<(Val, u32)> {
        let mut out = Vec::new();
        unsafe {
            let mut u = LLVMGetFirstUse(self.0);
            while !u.is_null() {
                let user = LLVMGetUser(u);
                let n = LLVMGetNumOperands(user);
                let mut index = u32::MAX;
                for i in 0..n {
                    if LLVMGetOperandUse(user, i as u32) == u {
                        index = i as u32;
                        break;
                    }
                }
                out.push((Val(user), index));
                u = LLVMGetNextUse(u);
            }
        }
        out
    }
    pub fn has_uses(self) -> bool {
        !unsafe { LLVMGetFirstUse(self.0) }.is_null()
    }
    pub fn params(self) -> Vec<Val> {
        unsafe {
            let n = LLVMCountParams(self.0);
            (0..n).map(|i| Val(LLVMGetParam(self.0, i))).collect()
        }
    }
    pub fn blocks(self) -> Vec<Bb> {
        let mut out = Vec::new();
        unsafe {
            let mut b = LLVMGetFirstBasicBlock(self.0);
            while !b.is_null() {
                out.push(Bb(b));
                b = LLVMGetNextBasicBlock(b);
            }
        }
        out
    }
    pub fn inline_asm_string(self) -> String {
        let mut len = 0usize;
        let ptr = unsafe { LLVMGetInlineAsmAsmString(self.0, &mut len) };
        name_of(ptr, len)
    }
    pub fn inline_asm_constraints(self) -> String {
        let mut len = 0usize;
        let ptr = unsafe { LLVMGetInlineAsmConstraintString(self.0, &mut len) };
        name_of(ptr, len)
    }
    pub fn is_volatile(self) -> bool {
        unsafe { LLVMGetVolatile(self.0) != 0 }
    }
    /// For a function value: its function type.
    pub fn function_type(self) -> Ty {
        self.global_value_type()
    }
    /// Whether a call-site parameter carries the `byval` attribute.
    pub fn call_arg_byval_type(self, arg: u32) -> Option<Ty> {
        unsafe {
            let kind = attr_kind("byval");
            let attr = LLVMGetCallSiteEnumAttribute(self.0, arg + 1, kind);
            if attr.is_null() {
                return None;
            }
            let t = LLVMGetTypeAttributeValue(attr);
            (!t.is_null()).then_some(Ty(t))
        }
    }
    /// Whether a function parameter carries the `byval` attribute.
    pub fn param_byval(self, arg: u32) -> bool {
        unsafe {
            let kind = attr_kind("byval");
            !LLVMGetEnumAttributeAtIndex(self.0, arg + 1, kind).is_null()
        }
    }
}

fn attr_kind(name: &str) -> u32 {
    unsafe { LLVMGetEnumAttributeKindForName(name.as_ptr() as *const c_char, name.len()) }
}

impl Bb {
    pub fn name(self) -> String {
        let v = unsafe { LLVMBasicBlockAsValue(self.0) };
        Val(v).name()
    }
    pub fn instructions(self) -> Vec<Val> {
        let mut out = Vec::new();
        unsafe {
            let mut i = LLVMGetFirstInstruction(self.0);
            while !i.is_null() {
                out.push(Val(i));
                i = LLVMGetNextInstruction(i);
            }
        }
        out
    }
    pub fn terminator(self) -> Option<Val> {
        let v = unsafe { LLVMGetBasicBlockTerminator(self.0) };
        (!v.is_null()).then_some(Val(v))
    }
    pub fn first_instruction(self) -> Option<Val> {
        let v = unsafe { LLVMGetFirstInstruction(self.0) };
        (!v.is_null()).then_some(Val(v))
    }
}

impl Ty {
    pub fn kind(self) -> LLVMTypeKind {
        unsafe { LLVMGetTypeKind(self.0) }
    }
    pub fn print(self) -> String {
        owned_message(unsafe { LLVMPrintTypeToString(self.0) })
    }
    pub fn int_width(self) -> u32 {
        unsafe { LLVMGetIntTypeWidth(self.0) }
    }
    pub fn is_int(self) -> bool {
        self.kind() == LLVMTypeKind::LLVMIntegerTypeKind
    }
    pub fn is_ptr(self) -> bool {
        self.kind() == LLVMTypeKind::LLVMPointerTypeKind
    }
    pub fn is_void(self) -> bool {
        self.kind() == LLVMTypeKind::LLVMVoidTypeKind
    }
    pub fn is_struct(self) -> bool {
        self.kind() == LLVMTypeKind::LLVMStructTypeKind
    }
    pub fn is_array(self) -> bool {
        self.kind() == LLVMTypeKind::LLVMArrayTypeKind
    }
    pub fn is_vector(self) -> bool {
        self.kind() == LLVMTypeKind::LLVMVectorTypeKind
    }
    pub fn is_x86_fp80(self) -> bool {
        self.kind() == LLVMTypeKind::LLVMX86_FP80TypeKind
    }
    pub fn is_float(self) -> bool {
        matches!(
            self.kind(),
            LLVMTypeKind::LLVMHalfTypeKind
                | LLVMTypeKind::LLVMBFloatTypeKind
                | LLVMTypeKind::LLVMFloatTypeKind
                | LLVMTypeKind::LLVMDoubleTypeKind
                | LLVMTypeKind::LLVMX86_FP80TypeKind
                | LLVMTypeKind::LLVMFP128TypeKind
                | LLVMTypeKind::LLVMPPC_FP128TypeKind
        )
    }
    pub fn struct_fields(self) -> Vec<Ty> {
        unsafe {
            let n = LLVMCountStructElementTypes(self.0);
            (0..n).map(|i| Ty(LLVMStructGetTypeAtIndex(self.0, i))).collect()
        }
    }
    pub fn element_type(self) -> Ty {
        Ty(unsafe { LLVMGetElementType(self.0) })
    }
    pub fn array_len(self) -> u64 {
        unsafe { LLVMGetArrayLength2(self.0) }
    }
    pub fn vector_len(self) -> u32 {
        unsafe { LLVMGetVectorSize(self.0) }
    }
    pub fn is_var_arg(self) -> bool {
        unsafe { LLVMIsFunctionVarArg(self.0) != 0 }
    }
    pub fn return_type(self) -> Ty {
        Ty(unsafe { LLVMGetReturnType(self.0) })
    }
    pub fn param_types(self) -> Vec<Ty> {
        unsafe {
            let n = LLVMCountParamTypes(self.0) as usize;
            let mut out = vec![std::ptr::null_mut(); n];
            LLVMGetParamTypes(self.0, out.as_mut_ptr());
            out.into_iter().map(Ty).collect()
        }
    }
    pub fn is_sized(self) -> bool {
        unsafe { LLVMTypeIsSized(self.0) != 0 }
    }
}

/// The module's data layout (sizes, alignments and field offsets of types).
#[derive(Clone, Copy)]
pub struct Layout(pub LLVMTargetDataRef);

impl Layout {
    /// Allocation size (what a GEP index steps over).
    pub fn alloc_size(self, t: Ty) -> u64 {
        unsafe { LLVMABISizeOfType(self.0, t.0) }
    }
    /// Bytes a load or store of the type touches.
    pub fn store_size(self, t: Ty) -> u64 {
        unsafe { LLVMStoreSizeOfType(self.0, t.0) }
    }
    pub fn abi_align(self, t: Ty) -> u64 {
        unsafe { LLVMABIAlignmentOfType(self.0, t.0) as u64 }
    }
    pub fn field_offset(self, t: Ty, i: u32) -> u64 {
        unsafe { LLVMOffsetOfElement(self.0, t.0, i) }
    }
}

/// Module-level iteration.
pub fn functions(module: LLVMModuleRef) -> Vec<Val> {
    let mut out = Vec::new();
    unsafe {
        let mut f = LLVMGetFirstFunction(module);
        while !f.is_null() {
            out.push(Val(f));
            f = LLVMGetNextFunction(f);
        }
    }
    out
}

pub fn globals(module: LLVMModuleRef) -> Vec<Val> {
    let mut out = Vec::new();
    unsafe {
        let mut g = LLVMGetFirstGlobal(module);
        while !g.is_null() {
            out.push(Val(g));
            g = LLVMGetNextGlobal(g);
        }
    }
    out
}

pub fn aliases(module: LLVMModuleRef) -> Vec<Val> {
    let mut out = Vec::new();
    unsafe {
        let mut g = LLVMGetFirstGlobalAlias(module);
        while !g.is_null() {
            out.push(Val(g));
            g = LLVMGetNextGlobalAlias(g);
        }
    }
    out
}

pub fn module_layout(module: LLVMModuleRef) -> Layout {
    Layout(unsafe { LLVMGetModuleDataLayout(module) })
}

/// Shorthands used by the lowering.
pub fn is_opcode(v: Val, op: LLVMOpcode) -> bool {
    v.is_instruction() && v.opcode() == op
}

/// Whether the only use of `v` is by `user`.
pub fn single_use_by(v: Val, user: Val) -> bool {
    matches!(v.uses().as_slice(), [(u, _)] if *u == user)
}

pub fn pred_is_signed(p: LLVMIntPredicate) -> bool {
    matches!(
        p,
        LLVMIntPredicate::LLVMIntSGT
            | LLVMIntPredicate::LLVMIntSGE
            | LLVMIntPredicate::LLVMIntSLT
            | LLVMIntPredicate::LLVMIntSLE
    )
}
