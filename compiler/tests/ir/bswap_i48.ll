; Byte swap of an i48 (k256's field arithmetic emits `llvm.bswap.i48`), on values with
; bytes in every position, and the result's upper 16 bits must stay clear.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)

@values = global [4 x i48] [i48 0, i48 1, i48 20015998343868, i48 -1]

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %p = getelementptr [4 x i48], ptr @values, i64 0, i64 %i
  %v = load volatile i48, ptr %p
  %s = call i48 @llvm.bswap.i48(i48 %v)
  %wide = zext i48 %s to i64
  call void @print_u64(i64 %wide)
  %back = call i48 @llvm.bswap.i48(i48 %s)
  %same = icmp eq i48 %back, %v
  %flag = zext i1 %same to i64
  call void @print_u64(i64 %flag)
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, 4
  br i1 %done, label %exit, label %loop
exit:
  ret i32 0
}
declare i48 @llvm.bswap.i48(i48)
