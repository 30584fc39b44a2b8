; Masked vector loads and stores, gathers and reductions (what the loop vectorizer
; emits for wider targets), through LLVM's scalarization passes.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_hex(i64)

@src = global [8 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8]
@dst = global [8 x i32] zeroinitializer

define void @step(i32 %limit) {
  %l0 = insertelement <4 x i32> poison, i32 %limit, i64 0
  %l = shufflevector <4 x i32> %l0, <4 x i32> poison, <4 x i32> zeroinitializer
  %m = icmp ult <4 x i32> <i32 0, i32 1, i32 2, i32 3>, %l
  %v = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr @src, i32 4, <4 x i1> %m, <4 x i32> <i32 -1, i32 -2, i32 -3, i32 -4>)
  %s = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v)
  %s64 = sext i32 %s to i64
  call void @print_hex(i64 %s64)
  %w = mul <4 x i32> %v, <i32 3, i32 3, i32 3, i32 3>
  call void @llvm.masked.store.v4i32.p0(<4 x i32> %w, ptr @dst, i32 4, <4 x i1> %m)
  %ptrs = getelementptr i32, ptr @src, <4 x i64> <i64 7, i64 5, i64 3, i64 1>
  %g = call <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr> %ptrs, i32 4, <4 x i1> %m, <4 x i32> zeroinitializer)
  %mx = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %g)
  %x = call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %g)
  %mx64 = zext i32 %mx to i64
  %x64 = zext i32 %x to i64
  call void @print_hex(i64 %mx64)
  call void @print_hex(i64 %x64)
  %d = load <4 x i32>, ptr @dst
  %e0 = extractelement <4 x i32> %d, i64 0
  %e3 = extractelement <4 x i32> %d, i64 3
  %e064 = zext i32 %e0 to i64
  %e364 = zext i32 %e3 to i64
  call void @print_hex(i64 %e064)
  call void @print_hex(i64 %e364)
  ret void
}

define i32 @main() {
  call void @step(i32 0)
  call void @step(i32 2)
  call void @step(i32 4)
  ret i32 0
}

declare <4 x i32> @llvm.masked.load.v4i32.p0(ptr, i32, <4 x i1>, <4 x i32>)
declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, i32, <4 x i1>)
declare <4 x i32> @llvm.masked.gather.v4i32.v4p0(<4 x ptr>, i32, <4 x i1>, <4 x i32>)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)
