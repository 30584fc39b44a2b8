; i128 arithmetic on zero-extended 64-bit values, as 5x52-bit field code (k256) leaves
; it: the zero high halves must fold away (no multiplication by zero, no and with 0 or
; with all ones), and results whose half is unused must not be computed
; (ir_programs.rs checks the instructions of each function).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)

@values = global [5 x i64] [i64 0, i64 1, i64 4503599627370495, i64 16045690984833335023, i64 -1]

; The high 64 bits of a 64x64 product: one mulhu.
define internal i64 @mul_hi(i64 %a, i64 %b) noinline {
  %wa = zext i64 %a to i128
  %wb = zext i64 %b to i128
  %p = mul i128 %wa, %wb
  %h = lshr i128 %p, 64
  %r = trunc i128 %h to i64
  ret i64 %r
}

; acc + a * b, then the 52-bit limb and the carry above it, as k256's field code does.
define internal i64 @mac_limb(i64 %acc, i64 %a, i64 %b) noinline {
  %wa = zext i64 %a to i128
  %wb = zext i64 %b to i128
  %p = mul i128 %wa, %wb
  %wacc = zext i64 %acc to i128
  %s = add i128 %p, %wacc
  %lo = and i128 %s, 4503599627370495
  %carry = lshr i128 %s, 52
  %l = trunc i128 %lo to i64
  %c = trunc i128 %carry to i64
  %r = xor i64 %l, %c
  ret i64 %r
}

; and/or/xor with constants whose high half is 0 or all ones.
define internal i64 @masks(i64 %a, i64 %b) noinline {
  %wa = zext i64 %a to i128
  %wb = sext i64 %b to i128
  %x = and i128 %wb, 18446744073709551615
  %y = or i128 %wa, 0
  %z = xor i128 %x, %y
  %h = lshr i128 %z, 32
  %r = trunc i128 %h to i64
  ret i64 %r
}

define i32 @main() {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %inext, %inner_end ]
  %p = getelementptr [5 x i64], ptr @values, i64 0, i64 %i
  %x = load volatile i64, ptr %p
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %jnext, %inner ]
  %q = getelementptr [5 x i64], ptr @values, i64 0, i64 %j
  %y = load volatile i64, ptr %q
  %r0 = call i64 @mul_hi(i64 %x, i64 %y)
  call void @print_hex(i64 %r0)
  %r1 = call i64 @mac_limb(i64 %y, i64 %x, i64 %y)
  call void @print_hex(i64 %r1)
  %r2 = call i64 @masks(i64 %x, i64 %y)
  call void @print_hex(i64 %r2)
  %jnext = add i64 %j, 1
  %jdone = icmp eq i64 %jnext, 5
  br i1 %jdone, label %inner_end, label %inner
inner_end:
  %inext = add i64 %i, 1
  %done = icmp eq i64 %inext, 5
  br i1 %done, label %exit, label %outer
exit:
  ret i32 0
}
