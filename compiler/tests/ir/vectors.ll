; Vector operations (scalarised by canonicalisation).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

@v = global <4 x i32> <i32 1, i32 -2, i32 300000, i32 7>, align 16
@w = global [8 x i16] [i16 1, i16 2, i16 3, i16 4, i16 5, i16 6, i16 7, i16 8], align 16
define i32 @main() {
  %a = load volatile <4 x i32>, ptr @v
  %b = add <4 x i32> %a, <i32 10, i32 20, i32 30, i32 40>
  %c = mul <4 x i32> %b, %a
  %d = xor <4 x i32> %c, splat (i32 -1)
  %e = shufflevector <4 x i32> %d, <4 x i32> %a, <4 x i32> <i32 3, i32 5, i32 0, i32 poison>
  %e0 = extractelement <4 x i32> %e, i64 0
  %e1 = extractelement <4 x i32> %e, i64 1
  %e2 = extractelement <4 x i32> %e, i64 2
  %z0 = zext i32 %e0 to i64
  %z1 = zext i32 %e1 to i64
  %z2 = zext i32 %e2 to i64
  call void @print_hex(i64 %z0)
  call void @print_hex(i64 %z1)
  call void @print_hex(i64 %z2)
  %s = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %c)
  %sz = zext i32 %s to i64
  call void @print_hex(i64 %sz)
  %m = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %a)
  %mz = zext i32 %m to i64
  call void @print_hex(i64 %mz)
  %w = load <8 x i16>, ptr @w, align 16
  %cmp = icmp ugt <8 x i16> %w, splat (i16 4)
  %sel = select <8 x i1> %cmp, <8 x i16> %w, <8 x i16> zeroinitializer
  store <8 x i16> %sel, ptr @w, align 16
  %w0 = load i64, ptr @w, align 16
  %w1p = getelementptr i64, ptr @w, i64 1
  %w1 = load i64, ptr %w1p
  call void @print_hex(i64 %w0)
  call void @print_hex(i64 %w1)
  %bc = bitcast <4 x i32> %a to <2 x i64>
  %bc1 = extractelement <2 x i64> %bc, i64 1
  call void @print_hex(i64 %bc1)
  %ins = insertelement <4 x i32> %a, i32 5, i64 2
  %bs = call <4 x i32> @llvm.bswap.v4i32(<4 x i32> %ins)
  %bs2 = extractelement <4 x i32> %bs, i64 2
  %bsz = zext i32 %bs2 to i64
  call void @print_hex(i64 %bsz)
  ret i32 0
}
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
declare <4 x i32> @llvm.bswap.v4i32(<4 x i32>)
