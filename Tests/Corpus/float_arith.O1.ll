; ModuleID = 'float_arith.c'
source_filename = "float_arith.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"third: %.6f %.17g %a\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"float a: %a %a\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"harmonic: %.6f %.15g\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"fmadd: %g %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"p(%g)=%g \00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"ranges: %g %g %e %e\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"inf: %f %f %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [20 x i8] c"neg zero: %g %g %a\0A\00", align 1
@.str.9 = private unnamed_addr constant [21 x i8] c"div: %.6f %.6f %.6f\0A\00", align 1
@.str.10 = private unnamed_addr constant [19 x i8] c"0.1+0.2: %.17g %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"f24: %.1f %.1f\0A\00", align 1
@.str.12 = private unnamed_addr constant [13 x i8] c"e: %.15f %a\0A\00", align 1
@.str.13 = private unnamed_addr constant [12 x i8] c"neg: %g %g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x3FD5555560000000, double noundef 0x3FD5555555555555, double noundef 0x3FD5555555555555)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 0x3FD5555560000000, double noundef 0x3FB99999A0000000)
  br label %3

3:                                                ; preds = %0, %3
  %4 = phi float [ 0.000000e+00, %0 ], [ %8, %3 ]
  %5 = phi i32 [ 1, %0 ], [ %9, %3 ]
  %6 = uitofp nneg i32 %5 to float
  %7 = fdiv float 1.000000e+00, %6
  %8 = fadd float %4, %7
  %9 = add nuw nsw i32 %5, 1
  %10 = icmp eq i32 %9, 101
  br i1 %10, label %15, label %3, !llvm.loop !5

11:                                               ; preds = %15
  %12 = fpext float %8 to double
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %12, double noundef %20)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.250000e+00, double noundef 0x4415AF1D80000000)
  br label %31

15:                                               ; preds = %3, %15
  %16 = phi double [ %20, %15 ], [ 0.000000e+00, %3 ]
  %17 = phi i32 [ %21, %15 ], [ 1, %3 ]
  %18 = uitofp nneg i32 %17 to double
  %19 = fdiv double 1.000000e+00, %18
  %20 = fadd double %16, %19
  %21 = add nuw nsw i32 %17, 1
  %22 = icmp eq i32 %21, 101
  br i1 %22, label %11, label %15, !llvm.loop !8

23:                                               ; preds = %31
  %24 = tail call i32 @putchar(i32 10)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 1.000000e+301, double noundef 1.000000e-310, double noundef 1.000000e+300, double noundef 1.000000e-300)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef 0x7FF0000000000000, double noundef 0xFFF0000000000000, double noundef 0.000000e+00)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef -0.000000e+00, double noundef -0.000000e+00, double noundef -0.000000e+00)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef 3.500000e+00, double noundef -3.500000e+00, double noundef 0x4009249240000000)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 0x3FD3333333333334, i32 noundef 0)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef 0x4170000000000000, double noundef 0x4170000020000000)
  br label %42

31:                                               ; preds = %11, %31
  %32 = phi double [ -2.000000e+00, %11 ], [ %37, %31 ]
  %33 = tail call double @llvm.fmuladd.f64(double %32, double 3.000000e+00, double -2.000000e+00)
  %34 = tail call double @llvm.fmuladd.f64(double %33, double %32, double 5.000000e-01)
  %35 = tail call noundef double @llvm.fmuladd.f64(double %34, double %32, double -7.250000e+00)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %32, double noundef %35)
  %37 = fadd double %32, 5.000000e-01
  %38 = fcmp ugt double %37, 2.000000e+00
  br i1 %38, label %23, label %31, !llvm.loop !9

39:                                               ; preds = %42
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %48, double noundef %48)
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef 0xBFD5555560000000, double noundef 0xBFD5555555555555)
  ret i32 0

42:                                               ; preds = %23, %42
  %43 = phi i32 [ 1, %23 ], [ %49, %42 ]
  %44 = phi double [ 1.000000e+00, %23 ], [ %47, %42 ]
  %45 = phi double [ 1.000000e+00, %23 ], [ %48, %42 ]
  %46 = uitofp nneg i32 %43 to double
  %47 = fdiv double %44, %46
  %48 = fadd double %45, %47
  %49 = add nuw nsw i32 %43, 1
  %50 = icmp eq i32 %49, 20
  br i1 %50, label %39, label %42, !llvm.loop !10
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = distinct !{!8, !6, !7}
!9 = distinct !{!9, !6, !7}
!10 = distinct !{!10, !6, !7}
