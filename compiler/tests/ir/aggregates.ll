; First-class aggregates: struct returns, extractvalue/insertvalue, struct arguments.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

@g = global i64 1234567
define { i64, i1 } @divmod_flag(i64 %a, i64 %b) {
  %q = udiv i64 %a, %b
  %r = urem i64 %a, %b
  %z = icmp eq i64 %r, 0
  %s1 = insertvalue { i64, i1 } undef, i64 %q, 0
  %s2 = insertvalue { i64, i1 } %s1, i1 %z, 1
  ret { i64, i1 } %s2
}
define { i32, { i64, i16 }, ptr } @nest(i32 %a, i64 %b) {
  %x = insertvalue { i32, { i64, i16 }, ptr } zeroinitializer, i32 %a, 0
  %y = insertvalue { i32, { i64, i16 }, ptr } %x, i64 %b, 1, 0
  %t = trunc i64 %b to i16
  %z = insertvalue { i32, { i64, i16 }, ptr } %y, i16 %t, 1, 1
  %w = insertvalue { i32, { i64, i16 }, ptr } %z, ptr @g, 2
  ret { i32, { i64, i16 }, ptr } %w
}
define i64 @take([3 x i64] %arr, { i8, i64 } %s) {
  %a0 = extractvalue [3 x i64] %arr, 0
  %a2 = extractvalue [3 x i64] %arr, 2
  %s0 = extractvalue { i8, i64 } %s, 0
  %s1 = extractvalue { i8, i64 } %s, 1
  %z = zext i8 %s0 to i64
  %r1 = mul i64 %a0, 1000
  %r2 = add i64 %r1, %a2
  %r3 = mul i64 %r2, 100
  %r4 = add i64 %r3, %z
  %r5 = add i64 %r4, %s1
  ret i64 %r5
}
define i32 @main() {
  %v = load volatile i64, ptr @g
  %r = call { i64, i1 } @divmod_flag(i64 %v, i64 7)
  %q = extractvalue { i64, i1 } %r, 0
  %f = extractvalue { i64, i1 } %r, 1
  call void @print_u64(i64 %q)
  %fz = zext i1 %f to i64
  call void @print_u64(i64 %fz)
  %r2 = call { i64, i1 } @divmod_flag(i64 %v, i64 3)
  %f2 = extractvalue { i64, i1 } %r2, 1
  %fz2 = zext i1 %f2 to i64
  call void @print_u64(i64 %fz2)
  %n = call { i32, { i64, i16 }, ptr } @nest(i32 -5, i64 %v)
  %n0 = extractvalue { i32, { i64, i16 }, ptr } %n, 0
  %n10 = extractvalue { i32, { i64, i16 }, ptr } %n, 1, 0
  %n11 = extractvalue { i32, { i64, i16 }, ptr } %n, 1, 1
  %n2 = extractvalue { i32, { i64, i16 }, ptr } %n, 2
  %e0 = sext i32 %n0 to i64
  call void @print_i64(i64 %e0)
  call void @print_u64(i64 %n10)
  %e11 = zext i16 %n11 to i64
  call void @print_u64(i64 %e11)
  %ld = load i64, ptr %n2
  call void @print_u64(i64 %ld)
  %arr1 = insertvalue [3 x i64] undef, i64 %v, 0
  %arr2 = insertvalue [3 x i64] %arr1, i64 5, 1
  %arr3 = insertvalue [3 x i64] %arr2, i64 9, 2
  %st = insertvalue { i8, i64 } { i8 7, i64 0 }, i64 %q, 1
  %t = call i64 @take([3 x i64] %arr3, { i8, i64 } %st)
  call void @print_u64(i64 %t)
  %sa = alloca { i64, i32, i8 }, align 8
  %agg = insertvalue { i64, i32, i8 } { i64 0, i32 -1, i8 3 }, i64 %v, 0
  store { i64, i32, i8 } %agg, ptr %sa
  %back = load { i64, i32, i8 }, ptr %sa
  %b1 = extractvalue { i64, i32, i8 } %back, 1
  %b2 = extractvalue { i64, i32, i8 } %back, 2
  %bz = zext i32 %b1 to i64
  call void @print_u64(i64 %bz)
  %bz2 = zext i8 %b2 to i64
  call void @print_u64(i64 %bz2)
  ret i32 0
}
