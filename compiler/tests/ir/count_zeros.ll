; Leading and trailing zero counts on i128 (rustc's u128::leading_zeros and
; core::fmt's float formatting emit them), for values whose set bits lie in either
; half, in both, and for zero.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)

@values = global [6 x i128] [i128 0, i128 1, i128 18446744073709551616, i128 -170141183460469231731687303715884105728, i128 340282366920938463444927863358058659840, i128 12345678901234567890123]

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %p = getelementptr [6 x i128], ptr @values, i64 0, i64 %i
  %v = load volatile i128, ptr %p
  %lz = call i128 @llvm.ctlz.i128(i128 %v, i1 false)
  %tz = call i128 @llvm.cttz.i128(i128 %v, i1 false)
  %lz64 = trunc i128 %lz to i64
  %tz64 = trunc i128 %tz to i64
  %lzhi = lshr i128 %lz, 64
  %lzhi64 = trunc i128 %lzhi to i64
  call void @print_u64(i64 %lz64)
  call void @print_u64(i64 %tz64)
  call void @print_u64(i64 %lzhi64)
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, 6
  br i1 %done, label %exit, label %loop
exit:
  ret i32 0
}
declare i128 @llvm.ctlz.i128(i128, i1)
declare i128 @llvm.cttz.i128(i128, i1)
