; ModuleID = 'select_minmax.c'
source_filename = "select_minmax.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.xs = private unnamed_addr constant [7 x i32] [i32 -7, i32 0, i32 3, i32 -2147483647, i32 2147483647, i32 42, i32 -1], align 16
@.str = private unnamed_addr constant [15 x i8] c"min=%d max=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [49 x i8] c"x=%d abs=%d libabs=%d clamp=%d sign=%d bmin0=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"umin: %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [26 x i8] c"lmax: %lld %lld labs=%ld\0A\00", align 1
@__const.main.ds = private unnamed_addr constant [4 x double] [double -2.500000e+00, double 0.000000e+00, double 7.500000e-01, double 3.500000e+00], align 16
@.str.4 = private unnamed_addr constant [23 x i8] c"dclamp(%g)=%g dabs=%g \00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"sat: %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [22 x i8] c"pos=%d neg=%d sel=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef -2147483647, i32 noundef 2147483647)
  br label %5

2:                                                ; preds = %5
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 3, i32 noundef 5)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef -5, i64 noundef 2199023255552, i64 noundef 1234567890123)
  br label %24

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %18, %5 ]
  %7 = getelementptr inbounds nuw [7 x i32], ptr @__const.main.xs, i64 0, i64 %6
  %8 = load i32, ptr %7, align 4, !tbaa !5
  %9 = tail call i32 @llvm.abs.i32(i32 %8, i1 true)
  %10 = tail call i32 @llvm.smax.i32(i32 %8, i32 -5)
  %11 = tail call range(i32 -5, 6) i32 @llvm.smin.i32(i32 %10, i32 5)
  %12 = ashr i32 %8, 31
  %13 = icmp ne i64 %6, 1
  %14 = zext i1 %13 to i32
  %15 = or i32 %12, %14
  %16 = tail call noundef range(i32 -2147483648, 1) i32 @llvm.smin.i32(i32 %8, i32 0)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %8, i32 noundef %9, i32 noundef %9, i32 noundef %11, i32 noundef %15, i32 noundef %16)
  %18 = add nuw nsw i64 %6, 1
  %19 = icmp eq i64 %18, 7
  br i1 %19, label %2, label %5, !llvm.loop !9

20:                                               ; preds = %24
  %21 = tail call i32 @putchar(i32 10)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 200, i32 noundef 255, i32 noundef 255)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 20, i32 noundef 20, i32 noundef 0)
  ret i32 0

24:                                               ; preds = %2, %24
  %25 = phi i64 [ 0, %2 ], [ %35, %24 ]
  %26 = getelementptr inbounds nuw [4 x double], ptr @__const.main.ds, i64 0, i64 %25
  %27 = load double, ptr %26, align 8, !tbaa !12
  %28 = icmp eq i64 %25, 0
  %29 = fcmp ogt double %27, 1.000000e+00
  %30 = select i1 %29, double 1.000000e+00, double %27
  %31 = select i1 %28, double -1.000000e+00, double %30
  %32 = icmp eq i64 %25, 0
  %33 = select i1 %32, double 2.500000e+00, double %27
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %27, double noundef %31, double noundef %33)
  %35 = add nuw nsw i64 %25, 1
  %36 = icmp eq i64 %35, 4
  br i1 %36, label %20, label %24, !llvm.loop !14
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #2

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !10, !11}
