; ModuleID = 'struct_mixed.c'
source_filename = "struct_mixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.DD = type { double, double }

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
  %4 = extractelement <2 x float> %0, i64 0
  %5 = fmul float %4, %2
  %6 = insertelement <2 x float> poison, float %5, i64 0
  %7 = extractelement <2 x float> %0, i64 1
  %8 = fmul float %7, %2
  %9 = insertelement <2 x float> %6, float %8, i64 1
  %10 = fmul float %1, %2
  %11 = insertvalue { <2 x float>, float } poison, <2 x float> %9, 0
  %12 = insertvalue { <2 x float>, float } %11, float %10, 1
  ret { <2 x float>, float } %12
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
  %1 = alloca [3 x %struct.DD], align 16
  br label %40

2:                                                ; preds = %40
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %45, double noundef %46)
  %4 = tail call { double, double } @dd_add(double 1.500000e+00, double -2.000000e+00, double 2.500000e-01, double 4.000000e+00)
  %5 = extractvalue { double, double } %4, 0
  %6 = extractvalue { double, double } %4, 1
  %7 = tail call double @dd_dot(double 1.500000e+00, double -2.000000e+00, double 2.500000e-01, double 4.000000e+00)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %5, double noundef %6, double noundef %7)
  %9 = tail call <2 x float> @ff_swap(<2 x float> <float 1.250000e+00, float 2.500000e+00>)
  %10 = extractelement <2 x float> %9, i64 0
  %11 = fpext float %10 to double
  %12 = extractelement <2 x float> %9, i64 1
  %13 = fpext float %12 to double
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %11, double noundef %13)
  %15 = tail call { <2 x float>, float } @fff_scale(<2 x float> <float 1.000000e+00, float 2.000000e+00>, float 3.000000e+00, float noundef 5.000000e-01)
  %16 = extractvalue { <2 x float>, float } %15, 0
  %17 = extractvalue { <2 x float>, float } %15, 1
  %18 = extractelement <2 x float> %16, i64 0
  %19 = fpext float %18 to double
  %20 = extractelement <2 x float> %16, i64 1
  %21 = fpext float %20 to double
  %22 = fpext float %17 to double
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %19, double noundef %21, double noundef %22)
  %24 = tail call i64 @fi_make(i32 noundef 7)
  %25 = trunc i64 %24 to i32
  %26 = bitcast i32 %25 to float
  %27 = lshr i64 %24, 32
  %28 = trunc nuw i64 %27 to i32
  %29 = fpext float %26 to double
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %29, i32 noundef %28)
  %31 = tail call { double, i64 } @di_mix(double 5.000000e-01, i64 10, i32 noundef 3, double 2.500000e-01, double 4.000000e+00)
  %32 = extractvalue { double, i64 } %31, 0
  %33 = extractvalue { double, i64 } %31, 1
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %32, i64 noundef %33)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %1, i8 0, i64 48, i1 false)
  store double 1.000000e+00, ptr %1, align 16
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double 2.000000e+00, ptr %35, align 8
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 3.000000e+00, ptr %36, align 16
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 4.000000e+00, ptr %37, align 8
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 5.000000e+00, ptr %38, align 16
  %39 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double 6.000000e+00, ptr %39, align 8
  br label %51

40:                                               ; preds = %0, %40
  %41 = phi double [ 1.000000e+00, %0 ], [ %46, %40 ]
  %42 = phi i32 [ 1, %0 ], [ %45, %40 ]
  %43 = phi i32 [ 0, %0 ], [ %47, %40 ]
  %44 = tail call { i32, double } @id_step(i32 %42, double %41)
  %45 = extractvalue { i32, double } %44, 0
  %46 = extractvalue { i32, double } %44, 1
  %47 = add nuw nsw i32 %43, 1
  %48 = icmp eq i32 %47, 5
  br i1 %48, label %2, label %40, !llvm.loop !5

49:                                               ; preds = %51
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %60, double noundef %61, i32 noundef 16, i32 noundef 12, i32 noundef 8, i32 noundef 16)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %1) #7
  ret i32 0

51:                                               ; preds = %2, %51
  %52 = phi i64 [ 0, %2 ], [ %62, %51 ]
  %53 = phi double [ 0.000000e+00, %2 ], [ %61, %51 ]
  %54 = phi double [ 0.000000e+00, %2 ], [ %60, %51 ]
  %55 = getelementptr inbounds nuw [3 x %struct.DD], ptr %1, i64 0, i64 %52
  %56 = load double, ptr %55, align 16
  %57 = getelementptr inbounds nuw i8, ptr %55, i64 8
  %58 = load double, ptr %57, align 8
  %59 = tail call { double, double } @dd_add(double %54, double %53, double %56, double %58)
  %60 = extractvalue { double, double } %59, 0
  %61 = extractvalue { double, double } %59, 1
  %62 = add nuw nsw i64 %52, 1
  %63 = icmp eq i64 %62, 3
  br i1 %63, label %49, label %51, !llvm.loop !8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #4

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind }

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
