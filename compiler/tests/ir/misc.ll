; Atomics (made plain), fences, freeze, inline asm probes and barriers, expect,
; assume, lifetime markers, odd-width integer arithmetic, global aliases.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_hex(i64)
declare void @print_str(ptr)

@counter = global i64 5
@flag = global i32 0
@alias_counter = alias i64, ptr @counter
@odd = global i24 1193046
define i32 @main() {
  %old = atomicrmw add ptr @counter, i64 10 seq_cst
  call void @print_u64(i64 %old)
  %old2 = atomicrmw xchg ptr @counter, i64 100 acq_rel
  call void @print_u64(i64 %old2)
  %old3 = atomicrmw umax ptr @counter, i64 50 monotonic
  call void @print_u64(i64 %old3)
  %pair = cmpxchg ptr @flag, i32 0, i32 7 seq_cst seq_cst
  %ok = extractvalue { i32, i1 } %pair, 1
  %okz = zext i1 %ok to i64
  call void @print_u64(i64 %okz)
  %pair2 = cmpxchg ptr @flag, i32 0, i32 9 seq_cst seq_cst
  %v2 = extractvalue { i32, i1 } %pair2, 0
  %v2z = zext i32 %v2 to i64
  call void @print_u64(i64 %v2z)
  fence seq_cst
  %c = load atomic i64, ptr @alias_counter acquire, align 8
  call void @print_u64(i64 %c)
  store atomic i64 3, ptr @counter release, align 8
  %fr = freeze i64 %c
  %ex = call i64 @llvm.expect.i64(i64 %fr, i64 1)
  %pos = icmp ugt i64 %ex, 0
  call void @llvm.assume(i1 %pos)
  call void @print_u64(i64 %ex)
  %cpu = call { i32, i32, i32, i32 } asm sideeffect "cpuid", "={ax},={bx},={cx},={dx},0,2,~{dirflag},~{fpsr},~{flags}"(i32 7, i32 0)
  %c1 = extractvalue { i32, i32, i32, i32 } %cpu, 1
  %c1z = zext i32 %c1 to i64
  %xg = call { i32, i32 } asm sideeffect "xgetbv", "={ax},={dx},{cx},~{dirflag},~{fpsr},~{flags}"(i32 0)
  %x0 = extractvalue { i32, i32 } %xg, 0
  %x0z = zext i32 %x0 to i64
  call void asm sideeffect "", "r,~{memory}"(ptr @counter)
  %bb = call i64 asm "", "=r,0"(i64 %c)
  call void @print_u64(i64 %bb)
  %o = load i24, ptr @odd
  %o2 = mul i24 %o, 1000
  %o3 = lshr i24 %o2, 3
  %o4 = ashr i24 %o2, 5
  %o5 = add i24 %o3, %o4
  %o6 = zext i24 %o5 to i64
  call void @print_u64(i64 %o6)
  %sgn = icmp slt i24 %o2, 0
  %sgnz = zext i1 %sgn to i64
  call void @print_u64(i64 %sgnz)
  %t7 = trunc i24 %o to i7
  %t7b = mul i7 %t7, 3
  %t7c = sdiv i7 %t7b, 5
  %t7d = sext i7 %t7c to i64
  call void @print_i64(i64 %t7d)
  %b1 = trunc i64 %c to i1
  %b2 = add i1 %b1, true
  %b3 = sext i1 %b2 to i64
  call void @print_i64(i64 %b3)
  %lp = alloca i64
  call void @llvm.lifetime.start.p0(ptr %lp)
  store i64 %c, ptr %lp
  %lv = load i64, ptr %lp
  call void @llvm.lifetime.end.p0(ptr %lp)
  call void @print_u64(i64 %lv)
  ret i32 0
}
declare i64 @llvm.expect.i64(i64, i64)
declare void @llvm.assume(i1)
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)
