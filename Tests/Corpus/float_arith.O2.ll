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

3:                                                ; preds = %3, %0
  %4 = phi float [ 0.000000e+00, %0 ], [ %24, %3 ]
  %5 = phi i32 [ 1, %0 ], [ %25, %3 ]
  %6 = uitofp nneg i32 %5 to float
  %7 = fdiv float 1.000000e+00, %6
  %8 = fadd float %4, %7
  %9 = add nuw nsw i32 %5, 1
  %10 = uitofp nneg i32 %9 to float
  %11 = fdiv float 1.000000e+00, %10
  %12 = fadd float %8, %11
  %13 = add nuw nsw i32 %5, 2
  %14 = uitofp nneg i32 %13 to float
  %15 = fdiv float 1.000000e+00, %14
  %16 = fadd float %12, %15
  %17 = add nuw nsw i32 %5, 3
  %18 = uitofp nneg i32 %17 to float
  %19 = fdiv float 1.000000e+00, %18
  %20 = fadd float %16, %19
  %21 = add nuw nsw i32 %5, 4
  %22 = uitofp nneg i32 %21 to float
  %23 = fdiv float 1.000000e+00, %22
  %24 = fadd float %20, %23
  %25 = add nuw nsw i32 %5, 5
  %26 = icmp eq i32 %25, 101
  br i1 %26, label %49, label %3, !llvm.loop !5

27:                                               ; preds = %49
  %28 = fpext float %24 to double
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %28, double noundef %70)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.250000e+00, double noundef 0x4415AF1D80000000)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef -2.000000e+00, double noundef -4.025000e+01)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef -1.500000e+00, double noundef -2.262500e+01)
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef -1.000000e+00, double noundef -1.275000e+01)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef -5.000000e-01, double noundef -8.375000e+00)
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef 0.000000e+00, double noundef -7.250000e+00)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef 5.000000e-01, double noundef -7.125000e+00)
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef 1.000000e+00, double noundef -5.750000e+00)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef 1.500000e+00, double noundef -8.750000e-01)
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef 2.000000e+00, double noundef 9.750000e+00)
  %40 = tail call i32 @putchar(i32 10)
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 1.000000e+301, double noundef 1.000000e-310, double noundef 1.000000e+300, double noundef 1.000000e-300)
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef 0x7FF0000000000000, double noundef 0xFFF0000000000000, double noundef 0.000000e+00)
  %43 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef -0.000000e+00, double noundef -0.000000e+00, double noundef -0.000000e+00)
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef 3.500000e+00, double noundef -3.500000e+00, double noundef 0x4009249240000000)
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 0x3FD3333333333334, i32 noundef 0)
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef 0x4170000000000000, double noundef 0x4170000020000000)
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef 0x4005BF0A8B14576A, double noundef 0x4005BF0A8B14576A)
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef 0xBFD5555560000000, double noundef 0xBFD5555555555555)
  ret i32 0

49:                                               ; preds = %3, %49
  %50 = phi double [ %70, %49 ], [ 0.000000e+00, %3 ]
  %51 = phi i32 [ %71, %49 ], [ 1, %3 ]
  %52 = uitofp nneg i32 %51 to double
  %53 = fdiv double 1.000000e+00, %52
  %54 = fadd double %50, %53
  %55 = add nuw nsw i32 %51, 1
  %56 = uitofp nneg i32 %55 to double
  %57 = fdiv double 1.000000e+00, %56
  %58 = fadd double %54, %57
  %59 = add nuw nsw i32 %51, 2
  %60 = uitofp nneg i32 %59 to double
  %61 = fdiv double 1.000000e+00, %60
  %62 = fadd double %58, %61
  %63 = add nuw nsw i32 %51, 3
  %64 = uitofp nneg i32 %63 to double
  %65 = fdiv double 1.000000e+00, %64
  %66 = fadd double %62, %65
  %67 = add nuw nsw i32 %51, 4
  %68 = uitofp nneg i32 %67 to double
  %69 = fdiv double 1.000000e+00, %68
  %70 = fadd double %66, %69
  %71 = add nuw nsw i32 %51, 5
  %72 = icmp eq i32 %71, 101
  br i1 %72, label %27, label %49, !llvm.loop !7
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
