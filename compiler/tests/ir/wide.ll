; Integers wider than 64 bits: i72/i96 (odd two-word values), i136/i256 (multi-word).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)
declare void @print_u64(i64)
@a = global i128 -12345678901234567890123456789
@b = global i128 98765432109876543210
@bits = global i136 -3
@odd = global i72 -5
@mid = global i96 79228162514264337593543950335
define void @p256(i256 %v) {
  %w0 = trunc i256 %v to i64
  %s1 = lshr i256 %v, 64
  %w1 = trunc i256 %s1 to i64
  %s2 = lshr i256 %v, 128
  %w2 = trunc i256 %s2 to i64
  %s3 = lshr i256 %v, 192
  %w3 = trunc i256 %s3 to i64
  call void @print_hex(i64 %w3)
  call void @print_hex(i64 %w2)
  call void @print_hex(i64 %w1)
  call void @print_hex(i64 %w0)
  ret void
}
define i32 @main() {
  %a = load volatile i128, ptr @a
  %b = load volatile i128, ptr @b
  %za = zext i128 %a to i256
  %sb = sext i128 %b to i256
  %sa = sext i128 %a to i256
  %m = mul i256 %za, 76624777043294442917917351357515459181
  call void @p256(i256 %m)
  %q = lshr i256 %m, 179
  %qt = trunc i256 %q to i128
  %ql = trunc i128 %qt to i64
  call void @print_hex(i64 %ql)
  %m2 = mul i256 %sa, %sb
  call void @p256(i256 %m2)
  %s = sub i256 %m2, %m
  call void @p256(i256 %s)
  %ad = add i256 %s, %sa
  call void @p256(i256 %ad)
  %sh = shl i256 %ad, 77
  call void @p256(i256 %sh)
  %ar = ashr i256 %m2, 200
  call void @p256(i256 %ar)
  %x = xor i256 %sh, %ar
  %o = or i256 %x, 255
  %n = and i256 %o, -4294967296
  call void @p256(i256 %n)
  %c1 = icmp ult i256 %m, %m2
  %c2 = icmp slt i256 %m, %m2
  %c3 = icmp eq i256 %ad, %ad
  %c4 = icmp sgt i256 %ar, -1
  %z1 = zext i1 %c1 to i64
  %z2 = zext i1 %c2 to i64
  %z3 = zext i1 %c3 to i64
  %z4 = zext i1 %c4 to i64
  %t1 = shl i64 %z1, 3
  %t2 = shl i64 %z2, 2
  %t3 = shl i64 %z3, 1
  %u1 = or i64 %t1, %t2
  %u2 = or i64 %u1, %t3
  %u3 = or i64 %u2, %z4
  call void @print_u64(i64 %u3)
  %bits = load volatile i136, ptr @bits
  %bs = lshr i136 %bits, 70
  %bt = trunc i136 %bs to i64
  call void @print_hex(i64 %bt)
  %bx = ashr i136 %bits, 3
  %b2 = add i136 %bx, 1000
  store volatile i136 %b2, ptr @bits
  %bl = load volatile i136, ptr @bits
  %bh = lshr i136 %bl, 128
  %bht = trunc i136 %bh to i64
  call void @print_hex(i64 %bht)
  %odd = load volatile i72, ptr @odd
  %o2 = mul i72 %odd, %odd
  %o3 = lshr i72 %o2, 8
  %o4 = trunc i72 %o3 to i64
  call void @print_hex(i64 %o4)
  %mid = load volatile i96, ptr @mid
  %mm = udiv i96 %mid, 1000003
  %mt = trunc i96 %mm to i64
  call void @print_hex(i64 %mt)
  %ms = sdiv i96 %mid, -7
  %mst = trunc i96 %ms to i64
  call void @print_hex(i64 %mst)
  ret i32 0
}
