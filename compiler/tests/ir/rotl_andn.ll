; 64-bit rotates (fshl/fshr of a value with itself, by constants and by variables, including
; amounts of 0 and beyond the width) become one `rotl` each; `and x, (xor y, -1)` in either
; operand order becomes one `andn`, on i64, on narrow and dirty values, with a negation that
; has other uses; near misses that must not become `andn` (ir_programs.rs checks which
; functions hold which instruction).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)

@values = global [6 x i64] [i64 0, i64 1, i64 9223372036854775808, i64 16045690984833335023, i64 7640891576956012808, i64 -1]

; Keccak's rho offsets 1 and 62, and a right rotate by 13.
define internal i64 @rot_const(i64 %x) noinline {
  %a = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 1)
  %b = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 62)
  %c = call i64 @llvm.fshr.i64(i64 %x, i64 %x, i64 13)
  %ab = add i64 %a, %b
  %r = add i64 %ab, %c
  ret i64 %r
}

; Amounts beyond the width (69 = 5 mod 64) and a whole turn (fshr by 64).
define internal i64 @rot_wide(i64 %x) noinline {
  %a = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 69)
  %b = call i64 @llvm.fshr.i64(i64 %x, i64 %x, i64 64)
  %r = xor i64 %a, %b
  ret i64 %r
}

; Rotates by a run-time amount, left and right.
define internal i64 @rot_var(i64 %x, i64 %s) noinline {
  %a = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 %s)
  %b = call i64 @llvm.fshr.i64(i64 %x, i64 %x, i64 %s)
  %t = mul i64 %b, 3
  %r = sub i64 %a, %t
  ret i64 %r
}

; Keccak's chi step: a ^ (!b & c), with the negation on either side of the and.
define internal i64 @chi(i64 %a, i64 %b, i64 %c) noinline {
  %nb = xor i64 %b, -1
  %t = and i64 %nb, %c
  %r1 = xor i64 %a, %t
  %nc = xor i64 -1, %c
  %u = and i64 %a, %nc
  %r = add i64 %r1, %u
  ret i64 %r
}

; A narrow and-not on a dirty operand (the sum is left unmasked), zero-extended after.
define internal i64 @andn_dirty(i32 %x, i32 %y, i32 %z) noinline {
  %d = add i32 %x, %y
  %n = xor i32 %z, -1
  %t = and i32 %d, %n
  %r = zext i32 %t to i64
  ret i64 %r
}

; An i8 and-not whose negation is also used: the negation is still computed.
define internal i64 @andn_shared_not(i8 %x, i8 %y) noinline {
  %n = xor i8 %y, -1
  %t = and i8 %n, %x
  %s = add i8 %t, %n
  %r = zext i8 %s to i64
  ret i64 %r
}

; Not an and-not: the xor's constant is not all ones.
define internal i64 @miss_mask(i64 %x, i64 %y) noinline {
  %n = xor i64 %y, 9223372036854775807
  %r = and i64 %x, %n
  ret i64 %r
}

; Not a rotate: a funnel shift of two different values.
define internal i64 @miss_funnel(i64 %x, i64 %y) noinline {
  %r = call i64 @llvm.fshl.i64(i64 %x, i64 %y, i64 7)
  ret i64 %r
}

define i32 @main() {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %inext, %inner_end ]
  %p = getelementptr [6 x i64], ptr @values, i64 0, i64 %i
  %x = load volatile i64, ptr %p
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %jnext, %inner ]
  %q = getelementptr [6 x i64], ptr @values, i64 0, i64 %j
  %y = load volatile i64, ptr %q
  %s = mul i64 %j, 29
  %z = xor i64 %y, %s
  %r0 = call i64 @rot_const(i64 %x)
  call void @print_hex(i64 %r0)
  %r1 = call i64 @rot_wide(i64 %y)
  call void @print_hex(i64 %r1)
  %r2 = call i64 @rot_var(i64 %x, i64 %s)
  call void @print_hex(i64 %r2)
  %r3 = call i64 @chi(i64 %x, i64 %y, i64 %z)
  call void @print_hex(i64 %r3)
  %x32 = trunc i64 %x to i32
  %y32 = trunc i64 %y to i32
  %z32 = trunc i64 %z to i32
  %r4 = call i64 @andn_dirty(i32 %x32, i32 %y32, i32 %z32)
  call void @print_hex(i64 %r4)
  %x8 = trunc i64 %x to i8
  %y8 = trunc i64 %z to i8
  %r5 = call i64 @andn_shared_not(i8 %x8, i8 %y8)
  call void @print_hex(i64 %r5)
  %r6 = call i64 @miss_mask(i64 %x, i64 %y)
  call void @print_hex(i64 %r6)
  %r7 = call i64 @miss_funnel(i64 %x, i64 %y)
  call void @print_hex(i64 %r7)
  %jnext = add i64 %j, 1
  %jdone = icmp eq i64 %jnext, 6
  br i1 %jdone, label %inner_end, label %inner
inner_end:
  %inext = add i64 %i, 1
  %done = icmp eq i64 %inext, 6
  br i1 %done, label %exit, label %outer
exit:
  ret i32 0
}
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i64 @llvm.fshr.i64(i64, i64, i64)
