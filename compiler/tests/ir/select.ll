; select with every mix of constant and register operands.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

@g = global [6 x i64] [i64 5, i64 -7, i64 0, i64 123456789012, i64 1, i64 -1]
define i64 @pick(i1 %c, i64 %x, i64 %y) {
  %s1 = select i1 %c, i64 %x, i64 %y
  %s2 = select i1 %c, i64 %x, i64 0
  %s3 = select i1 %c, i64 0, i64 %y
  %s4 = select i1 %c, i64 42, i64 %y
  %s5 = select i1 %c, i64 %x, i64 -9
  %s6 = select i1 %c, i64 3, i64 -4
  %s7 = select i1 %c, i64 0, i64 8
  %s8 = select i1 %c, i64 8, i64 0
  %a1 = mul i64 %s1, 3
  %a2 = add i64 %a1, %s2
  %a3 = mul i64 %a2, 5
  %a4 = add i64 %a3, %s3
  %a5 = mul i64 %a4, 7
  %a6 = add i64 %a5, %s4
  %a7 = mul i64 %a6, 11
  %a8 = add i64 %a7, %s5
  %a9 = mul i64 %a8, 13
  %b1 = add i64 %a9, %s6
  %b2 = mul i64 %b1, 17
  %b3 = add i64 %b2, %s7
  %b4 = mul i64 %b3, 19
  %b5 = add i64 %b4, %s8
  ret i64 %b5
}
define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr i64, ptr @g, i64 %i
  %x = load volatile i64, ptr %p
  %j = sub i64 5, %i
  %q = getelementptr i64, ptr @g, i64 %j
  %y = load volatile i64, ptr %q
  %c = icmp sgt i64 %x, %y
  %r = call i64 @pick(i1 %c, i64 %x, i64 %y)
  call void @print_i64(i64 %r)
  %cn = xor i1 %c, true
  %r2 = call i64 @pick(i1 %cn, i64 %x, i64 %y)
  call void @print_i64(i64 %r2)
  %x8 = trunc i64 %x to i8
  %y8 = trunc i64 %y to i8
  %s8 = select i1 %c, i8 %x8, i8 %y8
  %z8 = sext i8 %s8 to i64
  call void @print_i64(i64 %z8)
  %pp = select i1 %c, ptr %p, ptr %q
  %v = load volatile i64, ptr %pp
  call void @print_i64(i64 %v)
  %i1 = add i64 %i, 1
  %d = icmp eq i64 %i1, 6
  br i1 %d, label %exit, label %loop
exit:
  ret i32 0
}
