; Loads and stores of every width and alignment, odd-sized integers, GEPs.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

@bytes = global [40 x i8] c"\01\02\03\04\05\06\07\08\09\0A\0B\0C\0D\0E\0F\10\11\12\13\14\15\16\17\18\19\1A\1B\1C\1D\1E\1F\20\21\22\23\24\25\26\27\28", align 8
@idx = global i64 3
%rec = type { i8, i32, i16, i64, [3 x i8] }
@recs = global [2 x %rec] [%rec { i8 1, i32 2, i16 3, i64 4, [3 x i8] c"abc" }, %rec { i8 5, i32 6, i16 7, i64 8, [3 x i8] c"def" }]
define i32 @main() {
  %k = load volatile i64, ptr @idx
  %p = getelementptr i8, ptr @bytes, i64 %k
  %a = load i32, ptr %p, align 1
  %a64 = zext i32 %a to i64
  call void @print_hex(i64 %a64)
  %b = load i64, ptr %p, align 1
  call void @print_hex(i64 %b)
  %p2 = getelementptr i8, ptr %p, i64 1
  %c = load i16, ptr %p2, align 2
  %c64 = zext i16 %c to i64
  call void @print_hex(i64 %c64)
  %d = load i24, ptr %p, align 1
  %d64 = zext i24 %d to i64
  call void @print_hex(i64 %d64)
  %e = load i48, ptr %p2, align 2
  %e64 = zext i48 %e to i64
  call void @print_hex(i64 %e64)
  %f = load i40, ptr @bytes, align 8
  %f64 = zext i40 %f to i64
  call void @print_hex(i64 %f64)
  %g = load i128, ptr %p, align 1
  %gh = lshr i128 %g, 64
  %gl = trunc i128 %g to i64
  %gh64 = trunc i128 %gh to i64
  call void @print_hex(i64 %gh64)
  call void @print_hex(i64 %gl)
  %q = getelementptr i8, ptr @bytes, i64 21
  store i64 -2401053088876216593, ptr %q, align 1
  %q2 = getelementptr i8, ptr %q, i64 9
  store i24 1193046, ptr %q2, align 1
  %q3 = getelementptr i8, ptr %q, i64 13
  store i48 81985529216486895, ptr %q3, align 1
  %q4 = getelementptr i8, ptr %p, i64 1
  store i16 -1, ptr %q4, align 1
  %q5 = getelementptr i8, ptr %p, i64 5
  store i32 -559038737, ptr %q5, align 1
  %w0 = load i64, ptr @bytes, align 8
  %w1p = getelementptr i64, ptr @bytes, i64 1
  %w1 = load i64, ptr %w1p, align 8
  %w2p = getelementptr i64, ptr @bytes, i64 2
  %w2 = load i64, ptr %w2p, align 8
  %w3p = getelementptr i64, ptr @bytes, i64 3
  %w3 = load i64, ptr %w3p, align 8
  %w4p = getelementptr i64, ptr @bytes, i64 4
  %w4 = load i64, ptr %w4p, align 8
  call void @print_hex(i64 %w0)
  call void @print_hex(i64 %w1)
  call void @print_hex(i64 %w2)
  call void @print_hex(i64 %w3)
  call void @print_hex(i64 %w4)
  %j = and i64 %k, 1
  %r1 = getelementptr [2 x %rec], ptr @recs, i64 0, i64 %j, i32 3
  %v1 = load i64, ptr %r1
  call void @print_u64(i64 %v1)
  %r2 = getelementptr %rec, ptr @recs, i64 %j, i32 4, i64 %j
  %v2 = load i8, ptr %r2
  %v2z = zext i8 %v2 to i64
  call void @print_u64(i64 %v2z)
  %r3 = getelementptr inbounds i8, ptr %r1, i64 -4
  %v3 = load i16, ptr %r3
  %v3z = zext i16 %v3 to i64
  call void @print_u64(i64 %v3z)
  %neg = sub i64 0, %k
  %r4 = getelementptr i32, ptr %p, i64 %neg
  %r5 = getelementptr i8, ptr %r4, i64 12
  %v5 = load i8, ptr %r5
  %v5z = zext i8 %v5 to i64
  call void @print_u64(i64 %v5z)
  %loc = alloca [4 x i32], align 4
  %l1 = getelementptr [4 x i32], ptr %loc, i64 0, i64 %j
  store i32 99, ptr %l1
  %l2 = getelementptr [4 x i32], ptr %loc, i64 0, i64 1
  %v6 = load i32, ptr %l2
  %v6z = zext i32 %v6 to i64
  call void @print_u64(i64 %v6z)
  %be32 = load i32, ptr %p2, align 1
  %be32s = call i32 @llvm.bswap.i32(i32 %be32)
  %be32z = zext i32 %be32s to i64
  call void @print_hex(i64 %be32z)
  %be64 = load i64, ptr %p2, align 2
  %be64s = call i64 @llvm.bswap.i64(i64 %be64)
  call void @print_hex(i64 %be64s)
  %be16 = load i16, ptr %p, align 1
  %be16s = call i16 @llvm.bswap.i16(i16 %be16)
  %be16z = zext i16 %be16s to i64
  call void @print_hex(i64 %be16z)
  %pi = ptrtoint ptr %p to i64
  %pb = ptrtoint ptr @bytes to i64
  %diff = sub i64 %pi, %pb
  call void @print_u64(i64 %diff)
  ret i32 0
}
declare i16 @llvm.bswap.i16(i16)
declare i32 @llvm.bswap.i32(i32)
declare i64 @llvm.bswap.i64(i64)
