; SHA-256's Σ0, Σ1, σ0 and σ1 as LLVM leaves them (rotates as fshl/fshr of a value with
; itself, σ's shift as lshr), in several operand orders and associations, with inner
; values that have other uses, on a dirty i32; and near misses that must not be fused
; (ir_programs.rs checks which functions hold `sha256sum`/`sha256sig`).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)

@values = global [6 x i32] [i32 0, i32 1, i32 2147483648, i32 3735928559, i32 1779033703, i32 4294967295]

; Σ0, as rustc emits it: ((rotl 30 ^ rotl 19) ^ rotl 10).
define internal i32 @sum0_fshl(i32 %x) noinline {
  %a = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 30)
  %b = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 19)
  %ab = xor i32 %a, %b
  %c = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 10)
  %r = xor i32 %ab, %c
  ret i32 %r
}

; Σ1 with right rotates, the inner xor on the right, taps out of order.
define internal i32 @sum1_fshr(i32 %x) noinline {
  %a = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 25)
  %b = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 6)
  %c = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 11)
  %bc = xor i32 %b, %c
  %r = xor i32 %a, %bc
  ret i32 %r
}

; σ0 mixing fshr, fshl and the shift.
define internal i32 @sig0_mixed(i32 %x) noinline {
  %s = lshr i32 %x, 3
  %a = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 14)
  %sa = xor i32 %s, %a
  %b = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 7)
  %r = xor i32 %sa, %b
  ret i32 %r
}

; σ1 with the shift outside, the rotate amount of fshl beyond the width (47 mod 32 = 15).
define internal i32 @sig1_wide_amount(i32 %x) noinline {
  %a = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 19)
  %b = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 47)
  %ab = xor i32 %a, %b
  %s = lshr i32 %x, 10
  %r = xor i32 %s, %ab
  ret i32 %r
}

; σ0 whose inner xor is also used: it must still be computed.
define internal i32 @sig0_shared_inner(i32 %x) noinline {
  %a = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 7)
  %b = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 18)
  %ab = xor i32 %a, %b
  %s = lshr i32 %x, 3
  %r = xor i32 %ab, %s
  %sum = add i32 %r, %ab
  ret i32 %sum
}

; Σ0 whose taps are also used elsewhere.
define internal i32 @sum0_shared_taps(i32 %x) noinline {
  %a = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 2)
  %b = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 13)
  %ab = xor i32 %a, %b
  %c = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 22)
  %r = xor i32 %ab, %c
  %t = add i32 %r, %a
  %u = mul i32 %t, %c
  ret i32 %u
}

; Σ1 and σ1 of a product, whose register holds garbage above bit 31.
define internal i32 @sum1_dirty(i32 %y) noinline {
  %x = mul i32 %y, 2654435769
  %a = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 26)
  %b = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 21)
  %ab = xor i32 %a, %b
  %c = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 7)
  %r = xor i32 %ab, %c
  %d = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 15)
  %e = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 13)
  %de = xor i32 %d, %e
  %s = lshr i32 %x, 10
  %q = xor i32 %de, %s
  %sum = add i32 %r, %q
  ret i32 %sum
}

; Near misses. Wrong amount (rotr 21 instead of 22).
define internal i32 @miss_amount(i32 %x) noinline {
  %a = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 2)
  %b = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 13)
  %ab = xor i32 %a, %b
  %c = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 21)
  %r = xor i32 %ab, %c
  ret i32 %r
}

; Taps of two different values.
define internal i32 @miss_values(i32 %x, i32 %y) noinline {
  %a = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 6)
  %b = call i32 @llvm.fshr.i32(i32 %y, i32 %y, i32 11)
  %ab = xor i32 %a, %b
  %c = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 25)
  %r = xor i32 %ab, %c
  ret i32 %r
}

; σ0 with an arithmetic shift.
define internal i32 @miss_ashr(i32 %x) noinline {
  %a = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 7)
  %b = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 18)
  %ab = xor i32 %a, %b
  %s = ashr i32 %x, 3
  %r = xor i32 %ab, %s
  ret i32 %r
}

; σ1 with a rotate where the shift belongs.
define internal i32 @miss_rotate_for_shift(i32 %x) noinline {
  %a = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 17)
  %b = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 19)
  %ab = xor i32 %a, %b
  %s = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 10)
  %r = xor i32 %ab, %s
  ret i32 %r
}

; A funnel shift of two values, not a rotate.
define internal i32 @miss_funnel(i32 %x, i32 %y) noinline {
  %a = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 30)
  %b = call i32 @llvm.fshl.i32(i32 %x, i32 %y, i32 19)
  %ab = xor i32 %a, %b
  %c = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 10)
  %r = xor i32 %ab, %c
  ret i32 %r
}

; Three xors deep: Σ0 ^ x is not a mix, but its Σ0 subtree is.
define internal i32 @sum0_then_xor(i32 %x, i32 %y) noinline {
  %a = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 30)
  %b = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 19)
  %ab = xor i32 %a, %b
  %c = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 10)
  %r = xor i32 %ab, %c
  %s = xor i32 %r, %y
  ret i32 %s
}

define internal void @show(i32 %v) {
  %w = zext i32 %v to i64
  call void @print_hex(i64 %w)
  ret void
}

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %p = getelementptr [6 x i32], ptr @values, i64 0, i64 %i
  %x = load volatile i32, ptr %p
  %y = xor i32 %x, 1610612741
  %r0 = call i32 @sum0_fshl(i32 %x)
  call void @show(i32 %r0)
  %r1 = call i32 @sum1_fshr(i32 %x)
  call void @show(i32 %r1)
  %r2 = call i32 @sig0_mixed(i32 %x)
  call void @show(i32 %r2)
  %r3 = call i32 @sig1_wide_amount(i32 %x)
  call void @show(i32 %r3)
  %r4 = call i32 @sig0_shared_inner(i32 %x)
  call void @show(i32 %r4)
  %r5 = call i32 @sum0_shared_taps(i32 %x)
  call void @show(i32 %r5)
  %r6 = call i32 @sum1_dirty(i32 %x)
  call void @show(i32 %r6)
  %r7 = call i32 @miss_amount(i32 %x)
  call void @show(i32 %r7)
  %r8 = call i32 @miss_values(i32 %x, i32 %y)
  call void @show(i32 %r8)
  %r9 = call i32 @miss_ashr(i32 %x)
  call void @show(i32 %r9)
  %r10 = call i32 @miss_rotate_for_shift(i32 %x)
  call void @show(i32 %r10)
  %r11 = call i32 @miss_funnel(i32 %x, i32 %y)
  call void @show(i32 %r11)
  %r12 = call i32 @sum0_then_xor(i32 %x, i32 %y)
  call void @show(i32 %r12)
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, 6
  br i1 %done, label %exit, label %loop
exit:
  ret i32 0
}
declare i32 @llvm.fshl.i32(i32, i32, i32)
declare i32 @llvm.fshr.i32(i32, i32, i32)
