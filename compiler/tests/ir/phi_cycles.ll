; Phi nodes that rotate and swap values: parallel copies with cycles.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

define i32 @main() {
entry:
  br label %loop
loop:
  %a = phi i64 [ 1, %entry ], [ %b, %loop ]
  %b = phi i64 [ 2, %entry ], [ %c, %loop ]
  %c = phi i64 [ 3, %entry ], [ %a, %loop ]
  %x = phi i64 [ 10, %entry ], [ %y, %loop ]
  %y = phi i64 [ 20, %entry ], [ %x, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %t = mul i64 %a, 100
  %t2 = mul i64 %b, 10
  %t3 = add i64 %t, %t2
  %t4 = add i64 %t3, %c
  %t5 = mul i64 %s, 7
  %s1 = add i64 %t5, %t4
  %s2 = add i64 %s1, %x
  call void @print_u64(i64 %s2)
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 7
  br i1 %done, label %exit, label %loop
exit:
  %p = phi i64 [ %a, %loop ]
  %q = phi i64 [ %y, %loop ]
  call void @print_u64(i64 %p)
  call void @print_u64(i64 %q)
  %r = trunc i64 %s1 to i32
  ret i32 %r
}
