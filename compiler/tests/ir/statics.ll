; Static constructors and destructors without the runtime (the synthetic entry runs
; them around main), and llvm.load.relative over a relative table whose entries are
; `trunc (sub (ptrtoint @x, ptrtoint @table))`, including negative differences;
; indirectbr/blockaddress with phis on the edges, duplicate destinations and a label
; table in data.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @print_u64(i64)
declare void @print_i64(i64)
declare void @print_str(ptr)

@llvm.global_ctors = appending global [3 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 300, ptr @ctor_b, ptr null },
  { i32, ptr, ptr } { i32 101, ptr @ctor_a, ptr null },
  { i32, ptr, ptr } { i32 65535, ptr @ctor_c, ptr null }]
@llvm.global_dtors = appending global [2 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 200, ptr @dtor_x, ptr null },
  { i32, ptr, ptr } { i32 400, ptr @dtor_y, ptr null }]

@state = internal global i64 1
@before = private unnamed_addr constant [5 x i8] c"word\00"
@w0 = private unnamed_addr constant [5 x i8] c"ctor\00"
@s.a = private unnamed_addr constant [2 x i8] c"a\00"
@s.b = private unnamed_addr constant [2 x i8] c"b\00"
@s.c = private unnamed_addr constant [2 x i8] c"c\00"
@s.x = private unnamed_addr constant [7 x i8] c"dtor x\00"
@s.y = private unnamed_addr constant [7 x i8] c"dtor y\00"
@rel = internal unnamed_addr constant [4 x i32] [
  i32 trunc (i64 sub (i64 ptrtoint (ptr @before to i64), i64 ptrtoint (ptr @rel to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @w0 to i64), i64 ptrtoint (ptr @rel to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr @after to i64), i64 ptrtoint (ptr @rel to i64)) to i32),
  i32 trunc (i64 sub (i64 ptrtoint (ptr getelementptr (i8, ptr @after, i64 2) to i64), i64 ptrtoint (ptr @rel to i64)) to i32)], align 4
@after = private unnamed_addr constant [6 x i8] c"after\00"

define internal void @ctor_a() {
  call void @print_str(ptr @s.a)
  %v = load i64, ptr @state
  %m = mul i64 %v, 10
  store i64 %m, ptr @state
  ret void
}
define internal void @ctor_b() {
  call void @print_str(ptr @s.b)
  %v = load i64, ptr @state
  %m = add i64 %v, 7
  store i64 %m, ptr @state
  ret void
}
define internal void @ctor_c() {
  call void @print_str(ptr @s.c)
  %v = load i64, ptr @state
  %m = mul i64 %v, 3
  store i64 %m, ptr @state
  ret void
}
define internal void @dtor_x() {
  call void @print_str(ptr @s.x)
  ret void
}
define internal void @dtor_y() {
  call void @print_str(ptr @s.y)
  ret void
}

define internal ptr @lookup(i64 %i) noinline {
  %o = shl i64 %i, 2
  %p = call ptr @llvm.load.relative.i64(ptr @rel, i64 %o)
  ret ptr %p
}

@labels = internal constant [3 x ptr] [ptr blockaddress(@walk, %inc), ptr blockaddress(@walk, %dbl), ptr blockaddress(@walk, %out)]

; Runs the program `ops` (indices into @labels) on an accumulator.
define internal i64 @walk(ptr %ops) noinline {
entry:
  %o0 = load i8, ptr %ops
  %z0 = zext i8 %o0 to i64
  %g0 = getelementptr ptr, ptr @labels, i64 %z0
  %t0 = load ptr, ptr %g0
  indirectbr ptr %t0, [label %inc, label %dbl, label %out, label %inc]
inc:
  %ai = phi i64 [ 1, %entry ], [ 1, %entry ], [ %acc, %next ]
  %pi = phi i64 [ 1, %entry ], [ 1, %entry ], [ %pn, %next ]
  %ri = add i64 %ai, 3
  br label %next
dbl:
  %ad = phi i64 [ 1, %entry ], [ %acc, %next ]
  %pd = phi i64 [ 1, %entry ], [ %pn, %next ]
  %rd = mul i64 %ad, 2
  br label %next
next:
  %acc = phi i64 [ %ri, %inc ], [ %rd, %dbl ]
  %p = phi i64 [ %pi, %inc ], [ %pd, %dbl ]
  %pn = add i64 %p, 1
  %g = getelementptr i8, ptr %ops, i64 %p
  %o = load i8, ptr %g
  %z = zext i8 %o to i64
  %gl = getelementptr ptr, ptr @labels, i64 %z
  %t = load ptr, ptr %gl
  indirectbr ptr %t, [label %dbl, label %inc, label %out]
out:
  %r = phi i64 [ 0, %entry ], [ %acc, %next ]
  ret i64 %r
}
@prog = internal constant [8 x i8] c"\00\01\01\00\01\00\00\02"

define i32 @main() {
  %v = load i64, ptr @state
  call void @print_u64(i64 %v)
  br label %loop
loop:
  %i = phi i64 [ 0, %0 ], [ %n, %loop ]
  %p = call ptr @lookup(i64 %i)
  call void @print_str(ptr %p)
  %n = add i64 %i, 1
  %c = icmp ult i64 %n, 4
  br i1 %c, label %loop, label %done
done:
  %k = call ptr @llvm.load.relative.i64(ptr @rel, i64 8)
  call void @print_str(ptr %k)
  %w = call i64 @walk(ptr @prog)
  call void @print_u64(i64 %w)
  %w2 = call i64 @walk(ptr getelementptr (i8, ptr @prog, i64 7))
  call void @print_u64(i64 %w2)
  %ba = ptrtoint ptr blockaddress(@walk, %dbl) to i64
  %bb = ptrtoint ptr blockaddress(@walk, %inc) to i64
  %same = icmp eq i64 %ba, %bb
  %sz = zext i1 %same to i64
  call void @print_u64(i64 %sz)
  %t = trunc i64 %v to i32
  ret i32 %t
}

declare ptr @llvm.load.relative.i64(ptr, i64)
