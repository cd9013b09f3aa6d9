; ModuleID = 'struct_mixed.c'
source_filename = "struct_mixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [13 x i8] c"id: %d %.6f\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"dd: %g %g dot=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"ff: %g %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"fff: %g %g %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"fi: %g %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"di: %g %lld\0A\00", align 1
@.str.6 = private unnamed_addr constant [30 x i8] c"sum: %g %g sizes %d %d %d %d\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i32, double } @id_step(i32 %0, double %1) local_unnamed_addr #0 {
  %3 = add nsw i32 %0, 1
  %4 = fmul double %1, 1.500000e+00
  %5 = insertvalue { i32, double } poison, i32 %3, 0
  %6 = insertvalue { i32, double } %5, double %4, 1
  ret { i32, double } %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { double, double } @dd_add(double %0, double %1, double %2, double %3) local_unnamed_addr #0 {
  %5 = fadd double %0, %2
  %6 = fadd double %1, %3
  %7 = insertvalue { double, double } poison, double %5, 0
  %8 = insertvalue { double, double } %7, double %6, 1
  ret { double, double } %8
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @dd_dot(double %0, double %1, double %2, double %3) local_unnamed_addr #0 {
  %5 = fmul double %1, %3
  %6 = tail call double @llvm.fmuladd.f64(double %0, double %2, double %5)
  ret double %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local <2 x float> @ff_swap(<2 x float> %0) local_unnamed_addr #2 {
  %2 = shufflevector <2 x float> %0, <2 x float> poison, <2 x i32> <i32 1, i32 0>
  ret <2 x float> %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { <2 x float>, float } @fff_scale(<2 x float> %0, float %1, float noundef %2) local_unnamed_addr #2 {
  %4 = insertelement <2 x float> poison, float %2, i64 0
  %5 = shufflevector <2 x float> %4, <2 x float> poison, <2 x i32> zeroinitializer
  %6 = fmul <2 x float> %0, %5
  %7 = fmul float %1, %2
  %8 = insertvalue { <2 x float>, float } poison, <2 x float> %6, 0
  %9 = insertvalue { <2 x float>, float } %8, float %7, 1
  ret { <2 x float>, float } %9
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @fi_make(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i32 %0 to float
  %3 = fmul float %2, 2.500000e-01
  %4 = mul nsw i32 %0, 3
  %5 = bitcast float %3 to i32
  %6 = zext i32 %4 to i64
  %7 = shl nuw i64 %6, 32
  %8 = zext i32 %5 to i64
  %9 = or disjoint i64 %7, %8
  ret i64 %9
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { double, i64 } @di_mix(double %0, i64 %1, i32 noundef %2, double %3, double %4) local_unnamed_addr #0 {
  %6 = sitofp i32 %2 to double
  %7 = tail call double @llvm.fmuladd.f64(double %3, double %6, double %0)
  %8 = fmul double %4, %6
  %9 = fptosi double %8 to i64
  %10 = add nsw i64 %1, %9
  %11 = insertvalue { double, i64 } poison, double %7, 0
  %12 = insertvalue { double, i64 } %11, i64 %10, 1
  ret { double, i64 } %12
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = tail call { i32, double } @id_step(i32 1, double 1.000000e+00)
  %2 = extractvalue { i32, double } %1, 0
  %3 = extractvalue { i32, double } %1, 1
  %4 = tail call { i32, double } @id_step(i32 %2, double %3)
  %5 = extractvalue { i32, double } %4, 0
  %6 = extractvalue { i32, double } %4, 1
  %7 = tail call { i32, double } @id_step(i32 %5, double %6)
  %8 = extractvalue { i32, double } %7, 0
  %9 = extractvalue { i32, double } %7, 1
  %10 = tail call { i32, double } @id_step(i32 %8, double %9)
  %11 = extractvalue { i32, double } %10, 0
  %12 = extractvalue { i32, double } %10, 1
  %13 = tail call { i32, double } @id_step(i32 %11, double %12)
  %14 = extractvalue { i32, double } %13, 0
  %15 = extractvalue { i32, double } %13, 1
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %14, double noundef %15)
  %17 = tail call { double, double } @dd_add(double 1.500000e+00, double -2.000000e+00, double 2.500000e-01, double 4.000000e+00)
  %18 = extractvalue { double, double } %17, 0
  %19 = extractvalue { double, double } %17, 1
  %20 = tail call double @dd_dot(double 1.500000e+00, double -2.000000e+00, double 2.500000e-01, double 4.000000e+00)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %18, double noundef %19, double noundef %20)
  %22 = tail call <2 x float> @ff_swap(<2 x float> <float 1.250000e+00, float 2.500000e+00>)
  %23 = extractelement <2 x float> %22, i64 0
  %24 = fpext float %23 to double
  %25 = extractelement <2 x float> %22, i64 1
  %26 = fpext float %25 to double
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %24, double noundef %26)
  %28 = tail call { <2 x float>, float } @fff_scale(<2 x float> <float 1.000000e+00, float 2.000000e+00>, float 3.000000e+00, float noundef 5.000000e-01)
  %29 = extractvalue { <2 x float>, float } %28, 0
  %30 = extractvalue { <2 x float>, float } %28, 1
  %31 = extractelement <2 x float> %29, i64 0
  %32 = fpext float %31 to double
  %33 = extractelement <2 x float> %29, i64 1
  %34 = fpext float %33 to double
  %35 = fpext float %30 to double
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %32, double noundef %34, double noundef %35)
  %37 = tail call i64 @fi_make(i32 noundef 7)
  %38 = trunc i64 %37 to i32
  %39 = bitcast i32 %38 to float
  %40 = lshr i64 %37, 32
  %41 = trunc nuw i64 %40 to i32
  %42 = fpext float %39 to double
  %43 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %42, i32 noundef %41)
  %44 = tail call { double, i64 } @di_mix(double 5.000000e-01, i64 10, i32 noundef 3, double 2.500000e-01, double 4.000000e+00)
  %45 = extractvalue { double, i64 } %44, 0
  %46 = extractvalue { double, i64 } %44, 1
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %45, i64 noundef %46)
  %48 = tail call { double, double } @dd_add(double 0.000000e+00, double 0.000000e+00, double 1.000000e+00, double 2.000000e+00)
  %49 = extractvalue { double, double } %48, 0
  %50 = extractvalue { double, double } %48, 1
  %51 = tail call { double, double } @dd_add(double %49, double %50, double 3.000000e+00, double 4.000000e+00)
  %52 = extractvalue { double, double } %51, 0
  %53 = extractvalue { double, double } %51, 1
  %54 = tail call { double, double } @dd_add(double %52, double %53, double 5.000000e+00, double 6.000000e+00)
  %55 = extractvalue { double, double } %54, 0
  %56 = extractvalue { double, double } %54, 1
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %55, double noundef %56, i32 noundef 16, i32 noundef 12, i32 noundef 8, i32 noundef 16)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
