; ModuleID = 'fuzz/seeds/dispatch.c'
source_filename = "fuzz/seeds/dispatch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@ops = internal unnamed_addr constant [3 x ptr] [ptr @add, ptr @mul, ptr @quo], align 16
@table = internal unnamed_addr global [8 x i64] [i64 3, i64 -1, i64 4, i64 -1, i64 5, i64 -9, i64 2, i64 -6], align 16

; Function Attrs: nounwind
define dso_local range(i32 0, 2) i32 @main() local_unnamed_addr #0 {
  %1 = alloca i8, align 1
  %2 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #4
  store i8 0, ptr %1, align 1, !tbaa !8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  store i64 1, ptr %2, align 8, !tbaa !9
  %3 = call i64 @zk_read(ptr noundef nonnull %1, i64 noundef 1) #5
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %46, label %5

5:                                                ; preds = %0, %42
  %6 = phi i64 [ %43, %42 ], [ 1, %0 ]
  %7 = load i8, ptr %1, align 1, !tbaa !8
  %8 = zext i8 %7 to i32
  %9 = urem i8 %7, 5
  switch i8 %9, label %39 [
    i8 0, label %10
    i8 1, label %20
    i8 2, label %26
    i8 3, label %33
  ]

10:                                               ; preds = %5
  %11 = urem i8 %7, 3
  %12 = zext nneg i8 %11 to i64
  %13 = getelementptr inbounds nuw ptr, ptr @ops, i64 %12
  %14 = load ptr, ptr %13, align 8, !tbaa !11
  %15 = and i32 %8, 7
  %16 = zext nneg i32 %15 to i64
  %17 = getelementptr inbounds nuw i64, ptr @table, i64 %16
  %18 = load i64, ptr %17, align 8, !tbaa !9
  %19 = call i64 %14(i64 noundef %6, i64 noundef %18) #5
  store i64 %19, ptr %2, align 8, !tbaa !9
  br label %42

20:                                               ; preds = %5
  %21 = sext i64 %6 to i128
  %22 = mul nsw i128 %21, 11400714819323198485
  %23 = lshr i128 %22, 64
  %24 = trunc nuw i128 %23 to i64
  %25 = xor i64 %6, %24
  store i64 %25, ptr %2, align 8, !tbaa !9
  br label %42

26:                                               ; preds = %5
  %27 = icmp slt i64 %6, 0
  %28 = sub nsw i64 0, %6
  %29 = and i32 %8, 63
  %30 = zext nneg i32 %29 to i64
  %31 = lshr i64 %6, %30
  %32 = select i1 %27, i64 %28, i64 %31
  store i64 %32, ptr %2, align 8, !tbaa !9
  br label %42

33:                                               ; preds = %5
  %34 = and i32 %8, 7
  %35 = zext nneg i32 %34 to i64
  %36 = getelementptr inbounds nuw i64, ptr @table, i64 %35
  %37 = load i64, ptr %36, align 8, !tbaa !9
  %38 = add nsw i64 %37, %6
  store i64 %38, ptr %36, align 8, !tbaa !9
  br label %42

39:                                               ; preds = %5
  %40 = shl i64 %6, 48
  %41 = ashr exact i64 %40, 48
  store i64 %41, ptr %2, align 8, !tbaa !9
  br label %42

42:                                               ; preds = %39, %33, %26, %20, %10
  %43 = phi i64 [ %41, %39 ], [ %6, %33 ], [ %32, %26 ], [ %25, %20 ], [ %19, %10 ]
  %44 = call i64 @zk_read(ptr noundef nonnull %1, i64 noundef 1) #5
  %45 = icmp eq i64 %44, 0
  br i1 %45, label %46, label %5, !llvm.loop !13

46:                                               ; preds = %42, %0
  call void @zk_commit(ptr noundef nonnull %2, i64 noundef 8) #5
  %47 = load i64, ptr %2, align 8, !tbaa !9
  %48 = trunc i64 %47 to i32
  %49 = and i32 %48, 1
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #4
  ret i32 %49
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare i64 @zk_read(ptr noundef, i64 noundef) local_unnamed_addr #2

declare void @zk_commit(ptr noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal i64 @add(i64 noundef %0, i64 noundef %1) #3 {
  %3 = add nsw i64 %1, %0
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal i64 @mul(i64 noundef %0, i64 noundef %1) #3 {
  %3 = mul nsw i64 %1, %0
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef i64 @quo(i64 noundef %0, i64 noundef %1) #3 {
  %3 = icmp eq i64 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %2
  %5 = sdiv i64 %0, %1
  br label %8

6:                                                ; preds = %2
  %7 = srem i64 %0, 7
  br label %8

8:                                                ; preds = %6, %4
  %9 = phi i64 [ %5, %4 ], [ %7, %6 ]
  ret i64 %9
}

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}
!llvm.errno.tbaa = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!6, !6, i64 0}
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !6, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !6, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
