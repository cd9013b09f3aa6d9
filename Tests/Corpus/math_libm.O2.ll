; ModuleID = 'math_libm.c'
source_filename = "math_libm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [36 x i8] c"x=%-8g sqrt=%.6f sin=%.6f cos=%.6f\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"y=%g floor=%g ceil=%g fabs=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"pow: %g %g %g %.6f\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"hyp=%g\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"sum sin*cos = %.6f\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"float sqrt: %.6f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 1.000000e+00)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 5.000000e-01, double noundef 0x3FE6A09E667F3BCD, double noundef 0x3FDEAEE8744B05F0, double noundef 0x3FEC1528065B7D50)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 0x3FEAED548F090CEE, double noundef 0x3FE14A280FB5068C)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 2.000000e+00, double noundef 0x3FF6A09E667F3BCD, double noundef 0x3FED18F6EAD1B446, double noundef 0xBFDAA22657537205)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x400921FB54442D11, double noundef 0x3FFC5BF891B4EF67, double noundef 0x3CED1A62633145C0, double noundef -1.000000e+00)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.000000e+01, double noundef 0x40094C583ADA5B53, double noundef 0xBFE1689EF5F34F52, double noundef 0xBFEAD9AC890C6B1F)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef -2.500000e+00, double noundef -3.000000e+00, double noundef -2.000000e+00, double noundef 2.500000e+00)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef -5.000000e-01, double noundef -1.000000e+00, double noundef -0.000000e+00, double noundef 5.000000e-01)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 4.900000e-01, double noundef 0.000000e+00, double noundef 1.000000e+00, double noundef 4.900000e-01)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 2.500000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 2.500000e+00)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 0x412E848100000000, double noundef 1.000000e+06, double noundef 0x412E848200000000, double noundef 0x412E848100000000)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef 1.024000e+03, double noundef 1.000000e-02, double noundef -2.700000e+01, double noundef 0x3FF6A09E667F3BCD)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 5.000000e+00)
  br label %18

15:                                               ; preds = %18
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %31)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 0x3FF6A09E60000000)
  ret i32 0

18:                                               ; preds = %18, %0
  %19 = phi i32 [ 0, %0 ], [ %32, %18 ]
  %20 = phi double [ 0.000000e+00, %0 ], [ %31, %18 ]
  %21 = uitofp nneg i32 %19 to double
  %22 = fmul double %21, 1.000000e-01
  %23 = tail call double @sin(double noundef %22) #4, !tbaa !5
  %24 = tail call double @cos(double noundef %22) #4, !tbaa !5
  %25 = tail call double @llvm.fmuladd.f64(double %23, double %24, double %20)
  %26 = or disjoint i32 %19, 1
  %27 = uitofp nneg i32 %26 to double
  %28 = fmul double %27, 1.000000e-01
  %29 = tail call double @sin(double noundef %28) #4, !tbaa !5
  %30 = tail call double @cos(double noundef %28) #4, !tbaa !5
  %31 = tail call double @llvm.fmuladd.f64(double %29, double %30, double %25)
  %32 = add nuw nsw i32 %19, 2
  %33 = icmp eq i32 %32, 100
  br i1 %33, label %15, label %18, !llvm.loop !9
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
