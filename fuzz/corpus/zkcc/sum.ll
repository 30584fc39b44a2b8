; ModuleID = 'fuzz/seeds/sum.c'
source_filename = "fuzz/seeds/sum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define dso_local range(i32 0, 256) i32 @main() local_unnamed_addr #0 {
  %1 = alloca [16 x i8], align 16
  %2 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  store i64 0, ptr %2, align 8, !tbaa !8
  %3 = call i64 @zk_read(ptr noundef nonnull %1, i64 noundef 16) #5
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %69, label %5

5:                                                ; preds = %0, %31
  %6 = phi i64 [ %32, %31 ], [ 0, %0 ]
  %7 = phi i64 [ %34, %31 ], [ %3, %0 ]
  %8 = phi i64 [ %33, %31 ], [ 0, %0 ]
  %9 = and i64 %7, 3
  %10 = icmp ult i64 %7, 4
  br i1 %10, label %15, label %11

11:                                               ; preds = %5
  %12 = and i64 %7, -4
  br label %36

13:                                               ; preds = %36
  %14 = icmp eq i64 %9, 0
  br i1 %14, label %31, label %15

15:                                               ; preds = %13, %5
  %16 = phi i64 [ 0, %5 ], [ %61, %13 ]
  %17 = phi i64 [ %6, %5 ], [ %63, %13 ]
  %18 = icmp ne i64 %9, 0
  call void @llvm.assume(i1 %18)
  br label %19

19:                                               ; preds = %19, %15
  %20 = phi i64 [ %16, %15 ], [ %26, %19 ]
  %21 = phi i64 [ %17, %15 ], [ %28, %19 ]
  %22 = phi i64 [ 0, %15 ], [ %29, %19 ]
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 %20
  %24 = load i8, ptr %23, align 1, !tbaa !10
  %25 = zext i8 %24 to i64
  %26 = add nuw i64 %20, 1
  %27 = mul i64 %26, %25
  %28 = add i64 %27, %21
  %29 = add i64 %22, 1
  %30 = icmp eq i64 %29, %9
  br i1 %30, label %31, label %19, !llvm.loop !11

31:                                               ; preds = %19, %13
  %32 = phi i64 [ %63, %13 ], [ %28, %19 ]
  store i64 %32, ptr %2, align 8, !tbaa !8
  %33 = add i64 %7, %8
  %34 = call i64 @zk_read(ptr noundef nonnull %1, i64 noundef 16) #5
  %35 = icmp eq i64 %34, 0
  br i1 %35, label %66, label %5, !llvm.loop !13

36:                                               ; preds = %36, %11
  %37 = phi i64 [ 0, %11 ], [ %61, %36 ]
  %38 = phi i64 [ %6, %11 ], [ %63, %36 ]
  %39 = phi i64 [ 0, %11 ], [ %64, %36 ]
  %40 = getelementptr inbounds nuw i8, ptr %1, i64 %37
  %41 = load i8, ptr %40, align 4, !tbaa !10
  %42 = zext i8 %41 to i64
  %43 = or disjoint i64 %37, 1
  %44 = mul i64 %43, %42
  %45 = add i64 %44, %38
  %46 = getelementptr inbounds nuw i8, ptr %1, i64 %43
  %47 = load i8, ptr %46, align 1, !tbaa !10
  %48 = zext i8 %47 to i64
  %49 = or disjoint i64 %37, 2
  %50 = mul i64 %49, %48
  %51 = add i64 %50, %45
  %52 = getelementptr inbounds nuw i8, ptr %1, i64 %49
  %53 = load i8, ptr %52, align 2, !tbaa !10
  %54 = zext i8 %53 to i64
  %55 = or disjoint i64 %37, 3
  %56 = mul i64 %55, %54
  %57 = add i64 %56, %51
  %58 = getelementptr inbounds nuw i8, ptr %1, i64 %55
  %59 = load i8, ptr %58, align 1, !tbaa !10
  %60 = zext i8 %59 to i64
  %61 = add nuw i64 %37, 4
  %62 = mul i64 %61, %60
  %63 = add i64 %62, %57
  %64 = add i64 %39, 4
  %65 = icmp eq i64 %64, %12
  br i1 %65, label %13, label %36, !llvm.loop !15

66:                                               ; preds = %31
  %67 = trunc i64 %33 to i32
  %68 = and i32 %67, 255
  br label %69

69:                                               ; preds = %66, %0
  %70 = phi i32 [ 0, %0 ], [ %68, %66 ]
  call void @zk_commit(ptr noundef nonnull %2, i64 noundef 8) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #4
  ret i32 %70
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare i64 @zk_read(ptr noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare void @zk_commit(ptr noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #3

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
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
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !6, i64 0}
!10 = !{!6, !6, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
