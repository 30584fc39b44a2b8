; ModuleID = 'fuzz/seeds/pure.c'
source_filename = "fuzz/seeds/pure.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@data = dso_local local_unnamed_addr global [6 x i64] [i64 1, i64 1, i64 2, i64 3, i64 5, i64 8], align 16

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local range(i32 0, 128) i32 @main() local_unnamed_addr #0 {
  %1 = load i64, ptr @data, align 16, !tbaa !8
  %2 = xor i64 %1, -3750763034362895579
  %3 = mul i64 %2, 1099511628211
  %4 = load i64, ptr getelementptr inbounds nuw (i8, ptr @data, i64 8), align 8, !tbaa !8
  %5 = xor i64 %4, %3
  %6 = mul i64 %5, 1099511628211
  %7 = load i64, ptr getelementptr inbounds nuw (i8, ptr @data, i64 16), align 16, !tbaa !8
  %8 = xor i64 %7, %6
  %9 = mul i64 %8, 1099511628211
  %10 = load i64, ptr getelementptr inbounds nuw (i8, ptr @data, i64 24), align 8, !tbaa !8
  %11 = xor i64 %10, %9
  %12 = mul i64 %11, 1099511628211
  %13 = load i64, ptr getelementptr inbounds nuw (i8, ptr @data, i64 32), align 16, !tbaa !8
  %14 = xor i64 %13, %12
  %15 = mul i64 %14, 1099511628211
  %16 = load i64, ptr getelementptr inbounds nuw (i8, ptr @data, i64 40), align 8, !tbaa !8
  %17 = xor i64 %16, %15
  %18 = mul i64 %17, 1099511628211
  %19 = tail call range(i64 0, 65) i64 @llvm.ctpop.i64(i64 %18)
  %20 = or i64 %18, 1
  %21 = tail call range(i64 0, 64) i64 @llvm.ctlz.i64(i64 %20, i1 true)
  %22 = add i64 %19, %18
  %23 = add i64 %22, %21
  %24 = tail call fastcc i32 @fib(i32 noundef 10) #4
  %25 = trunc i64 %23 to i32
  %26 = xor i32 %24, %25
  %27 = and i32 %26, 127
  ret i32 %27
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind memory(none)
define internal fastcc i32 @fib(i32 noundef range(i32 0, 11) %0) unnamed_addr #3 {
  %2 = icmp samesign ult i32 %0, 2
  br i1 %2, label %11, label %3

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %8, %3 ], [ %0, %1 ]
  %5 = phi i32 [ %9, %3 ], [ 0, %1 ]
  %6 = add nsw i32 %4, -1
  %7 = tail call fastcc i32 @fib(i32 noundef %6) #4
  %8 = add nsw i32 %4, -2
  %9 = add i32 %7, %5
  %10 = icmp samesign ult i32 %4, 4
  br i1 %10, label %11, label %3

11:                                               ; preds = %3, %1
  %12 = phi i32 [ 0, %1 ], [ %9, %3 ]
  %13 = phi i32 [ %0, %1 ], [ %8, %3 ]
  %14 = add i32 %13, %12
  ret i32 %14
}

attributes #0 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nosync nounwind memory(none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nobuiltin "no-builtins" }

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
