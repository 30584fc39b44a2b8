; i128 arithmetic with overflow (rustc's u128/i128 checked_*/overflowing_*): every
; operation on every pair of a small table of edge values, printing the wrapped result
; and the flag.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_hex(i64)

@values = global [10 x i128] [i128 0, i128 1, i128 -1, i128 10, i128 18446744073709551615, i128 18446744073709551616, i128 170141183460469231731687303715884105727, i128 -170141183460469231731687303715884105728, i128 13043817825332782212, i128 -9223372036854775808]

define void @show({ i128, i1 } %r) {
  %v = extractvalue { i128, i1 } %r, 0
  %o = extractvalue { i128, i1 } %r, 1
  %lo = trunc i128 %v to i64
  %h = lshr i128 %v, 64
  %hi = trunc i128 %h to i64
  %oz = zext i1 %o to i64
  call void @print_hex(i64 %hi)
  call void @print_hex(i64 %lo)
  call void @print_u64(i64 %oz)
  ret void
}

define i32 @main() {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i1, %inner_done ]
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
  %pa = getelementptr [10 x i128], ptr @values, i64 0, i64 %i
  %pb = getelementptr [10 x i128], ptr @values, i64 0, i64 %j
  %a = load volatile i128, ptr %pa
  %b = load volatile i128, ptr %pb
  %r1 = call { i128, i1 } @llvm.uadd.with.overflow.i128(i128 %a, i128 %b)
  call void @show({ i128, i1 } %r1)
  %r2 = call { i128, i1 } @llvm.usub.with.overflow.i128(i128 %a, i128 %b)
  call void @show({ i128, i1 } %r2)
  %r3 = call { i128, i1 } @llvm.sadd.with.overflow.i128(i128 %a, i128 %b)
  call void @show({ i128, i1 } %r3)
  %r4 = call { i128, i1 } @llvm.ssub.with.overflow.i128(i128 %a, i128 %b)
  call void @show({ i128, i1 } %r4)
  %r5 = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %a, i128 %b)
  call void @show({ i128, i1 } %r5)
  %r6 = call { i128, i1 } @llvm.smul.with.overflow.i128(i128 %a, i128 %b)
  call void @show({ i128, i1 } %r6)
  %r7 = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %a, i128 10)
  call void @show({ i128, i1 } %r7)
  %j1 = add i64 %j, 1
  %jd = icmp eq i64 %j1, 10
  br i1 %jd, label %inner_done, label %inner
inner_done:
  %i1 = add i64 %i, 1
  %id = icmp eq i64 %i1, 10
  br i1 %id, label %exit, label %outer
exit:
  ret i32 0
}
declare { i128, i1 } @llvm.uadd.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.usub.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.sadd.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.ssub.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.umul.with.overflow.i128(i128, i128)
declare { i128, i1 } @llvm.smul.with.overflow.i128(i128, i128)
