; 128-bit arithmetic, shifts, comparisons and division.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

@ga = global i128 170141183460469231731687303715884105727
@gb = global i128 -98765432109876543210987654321
@gs = global i32 77
define void @p128(i128 %v) {
  %lo = trunc i128 %v to i64
  %h = lshr i128 %v, 64
  %hi = trunc i128 %h to i64
  call void @print_hex(i64 %hi)
  call void @print_hex(i64 %lo)
  ret void
}
define i32 @main() {
  %a = load volatile i128, ptr @ga
  %b = load volatile i128, ptr @gb
  %s32 = load volatile i32, ptr @gs
  %s = zext i32 %s32 to i128
  %1 = add i128 %a, %b
  call void @p128(i128 %1)
  %2 = sub i128 %b, %a
  call void @p128(i128 %2)
  %3 = mul i128 %a, %b
  call void @p128(i128 %3)
  %4 = shl i128 %b, %s
  call void @p128(i128 %4)
  %5 = lshr i128 %b, %s
  call void @p128(i128 %5)
  %6 = ashr i128 %b, %s
  call void @p128(i128 %6)
  %s2 = sub i128 %s, 70
  %7 = ashr i128 %b, %s2
  call void @p128(i128 %7)
  %8 = shl i128 %a, 3
  call void @p128(i128 %8)
  %9 = ashr i128 %b, 100
  call void @p128(i128 %9)
  %10 = udiv i128 %a, 1000000007
  call void @p128(i128 %10)
  %11 = srem i128 %b, 12345678901234567
  call void @p128(i128 %11)
  %12 = sdiv i128 %b, -3
  call void @p128(i128 %12)
  %c1 = icmp slt i128 %b, %a
  %c2 = icmp ult i128 %b, %a
  %c3 = icmp eq i128 %a, %a
  %c4 = icmp sge i128 %b, 0
  %z1 = zext i1 %c1 to i64
  %z2 = zext i1 %c2 to i64
  %z3 = zext i1 %c3 to i64
  %z4 = zext i1 %c4 to i64
  %m = shl i64 %z1, 3
  %m2 = shl i64 %z2, 2
  %m3 = shl i64 %z3, 1
  %o = or i64 %m, %m2
  %o2 = or i64 %o, %m3
  %o3 = or i64 %o2, %z4
  call void @print_u64(i64 %o3)
  %n = sub i128 0, %b
  %sm = call i128 @llvm.smax.i128(i128 %n, i128 %a)
  call void @p128(i128 %sm)
  %ab = call i128 @llvm.abs.i128(i128 %b, i1 false)
  call void @p128(i128 %ab)
  %pc = call i128 @llvm.ctpop.i128(i128 %b)
  %pc64 = trunc i128 %pc to i64
  call void @print_u64(i64 %pc64)
  %bs = call i128 @llvm.bswap.i128(i128 %a)
  call void @p128(i128 %bs)
  ret i32 0
}
declare i128 @llvm.smax.i128(i128, i128)
declare i128 @llvm.abs.i128(i128, i1)
declare i128 @llvm.ctpop.i128(i128)
declare i128 @llvm.bswap.i128(i128)
