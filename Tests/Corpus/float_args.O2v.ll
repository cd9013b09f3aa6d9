; ModuleID = 'float_args.c'
source_filename = "float_args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"lerp(%d/4)=%g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"fsum=%.7g\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"narrowing: %.9g %.9g\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"fabs_f: %g %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"sqrt: %.6f %.6f %.6f\0A\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"mix: %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"%.1fF = %.3fC\0A\00", align 1
@.str.7 = private unnamed_addr constant [30 x i8] c"float epsilon steps: %d (%a)\0A\00", align 1
@.str.8 = private unnamed_addr constant [31 x i8] c"double epsilon steps: %d (%a)\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @lerp(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #0 {
  %4 = fsub float %1, %0
  %5 = tail call float @llvm.fmuladd.f32(float %4, float %2, float %0)
  ret float %5
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local float @fsum(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %32

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = and i64 %5, 7
  %7 = icmp ult i32 %1, 8
  br i1 %7, label %17, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 2147483640
  %10 = getelementptr inbounds i8, ptr %0, i64 4
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = getelementptr inbounds i8, ptr %0, i64 12
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  %14 = getelementptr inbounds i8, ptr %0, i64 20
  %15 = getelementptr inbounds i8, ptr %0, i64 24
  %16 = getelementptr inbounds i8, ptr %0, i64 28
  br label %34

17:                                               ; preds = %34, %4
  %18 = phi float [ poison, %4 ], [ %61, %34 ]
  %19 = phi i64 [ 0, %4 ], [ %62, %34 ]
  %20 = phi float [ 0.000000e+00, %4 ], [ %61, %34 ]
  %21 = icmp eq i64 %6, 0
  br i1 %21, label %32, label %22

22:                                               ; preds = %17, %22
  %23 = phi i64 [ %29, %22 ], [ %19, %17 ]
  %24 = phi float [ %28, %22 ], [ %20, %17 ]
  %25 = phi i64 [ %30, %22 ], [ 0, %17 ]
  %26 = getelementptr inbounds nuw float, ptr %0, i64 %23
  %27 = load float, ptr %26, align 4, !tbaa !5
  %28 = fadd float %24, %27
  %29 = add nuw nsw i64 %23, 1
  %30 = add i64 %25, 1
  %31 = icmp eq i64 %30, %6
  br i1 %31, label %32, label %22, !llvm.loop !9

32:                                               ; preds = %17, %22, %2
  %33 = phi float [ 0.000000e+00, %2 ], [ %18, %17 ], [ %28, %22 ]
  ret float %33

34:                                               ; preds = %34, %8
  %35 = phi i64 [ 0, %8 ], [ %62, %34 ]
  %36 = phi float [ 0.000000e+00, %8 ], [ %61, %34 ]
  %37 = phi i64 [ 0, %8 ], [ %63, %34 ]
  %38 = getelementptr inbounds nuw float, ptr %0, i64 %35
  %39 = load float, ptr %38, align 4, !tbaa !5
  %40 = fadd float %36, %39
  %41 = getelementptr inbounds float, ptr %10, i64 %35
  %42 = load float, ptr %41, align 4, !tbaa !5
  %43 = fadd float %40, %42
  %44 = getelementptr inbounds float, ptr %11, i64 %35
  %45 = load float, ptr %44, align 4, !tbaa !5
  %46 = fadd float %43, %45
  %47 = getelementptr inbounds float, ptr %12, i64 %35
  %48 = load float, ptr %47, align 4, !tbaa !5
  %49 = fadd float %46, %48
  %50 = getelementptr inbounds float, ptr %13, i64 %35
  %51 = load float, ptr %50, align 4, !tbaa !5
  %52 = fadd float %49, %51
  %53 = getelementptr inbounds float, ptr %14, i64 %35
  %54 = load float, ptr %53, align 4, !tbaa !5
  %55 = fadd float %52, %54
  %56 = getelementptr inbounds float, ptr %15, i64 %35
  %57 = load float, ptr %56, align 4, !tbaa !5
  %58 = fadd float %55, %57
  %59 = getelementptr inbounds float, ptr %16, i64 %35
  %60 = load float, ptr %59, align 4, !tbaa !5
  %61 = fadd float %58, %60
  %62 = add nuw nsw i64 %35, 8
  %63 = add i64 %37, 8
  %64 = icmp eq i64 %63, %9
  br i1 %64, label %17, label %34, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #3

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @to_float(double noundef %0) local_unnamed_addr #0 {
  %2 = fptrunc double %0 to float
  ret float %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @to_double(float noundef %0) local_unnamed_addr #0 {
  %2 = fpext float %0 to double
  ret double %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @fabs_f(float noundef %0) local_unnamed_addr #0 {
  %2 = fcmp olt float %0, 0.000000e+00
  %3 = fneg float %0
  %4 = select i1 %2, float %3, float %0
  ret float %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @newton_sqrt(float noundef %0) local_unnamed_addr #0 {
  %2 = fcmp ogt float %0, 1.000000e+00
  %3 = fmul float %0, 5.000000e-01
  %4 = select i1 %2, float %3, float 1.000000e+00
  %5 = fdiv float %0, %4
  %6 = fadd float %4, %5
  %7 = fmul float %6, 5.000000e-01
  %8 = fdiv float %0, %7
  %9 = fadd float %7, %8
  %10 = fmul float %9, 5.000000e-01
  %11 = fdiv float %0, %10
  %12 = fadd float %10, %11
  %13 = fmul float %12, 5.000000e-01
  %14 = fdiv float %0, %13
  %15 = fadd float %13, %14
  %16 = fmul float %15, 5.000000e-01
  %17 = fdiv float %0, %16
  %18 = fadd float %16, %17
  %19 = fmul float %18, 5.000000e-01
  %20 = fdiv float %0, %19
  %21 = fadd float %19, %20
  %22 = fmul float %21, 5.000000e-01
  %23 = fdiv float %0, %22
  %24 = fadd float %22, %23
  %25 = fmul float %24, 5.000000e-01
  %26 = fdiv float %0, %25
  %27 = fadd float %25, %26
  %28 = fmul float %27, 5.000000e-01
  %29 = fdiv float %0, %28
  %30 = fadd float %28, %29
  %31 = fmul float %30, 5.000000e-01
  %32 = fdiv float %0, %31
  %33 = fadd float %31, %32
  %34 = fmul float %33, 5.000000e-01
  %35 = fdiv float %0, %34
  %36 = fadd float %34, %35
  %37 = fmul float %36, 5.000000e-01
  %38 = fdiv float %0, %37
  %39 = fadd float %37, %38
  %40 = fmul float %39, 5.000000e-01
  %41 = fdiv float %0, %40
  %42 = fadd float %40, %41
  %43 = fmul float %42, 5.000000e-01
  %44 = fdiv float %0, %43
  %45 = fadd float %43, %44
  %46 = fmul float %45, 5.000000e-01
  %47 = fdiv float %0, %46
  %48 = fadd float %46, %47
  %49 = fmul float %48, 5.000000e-01
  %50 = fdiv float %0, %49
  %51 = fadd float %49, %50
  %52 = fmul float %51, 5.000000e-01
  %53 = fdiv float %0, %52
  %54 = fadd float %52, %53
  %55 = fmul float %54, 5.000000e-01
  %56 = fdiv float %0, %55
  %57 = fadd float %55, %56
  %58 = fmul float %57, 5.000000e-01
  %59 = fdiv float %0, %58
  %60 = fadd float %58, %59
  %61 = fmul float %60, 5.000000e-01
  %62 = fdiv float %0, %61
  %63 = fadd float %61, %62
  %64 = fmul float %63, 5.000000e-01
  ret float %64
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @mix(i32 noundef %0, float noundef %1, double noundef %2, float noundef %3) local_unnamed_addr #0 {
  %5 = sitofp i32 %0 to float
  %6 = fmul float %1, %5
  %7 = fpext float %6 to double
  %8 = fpext float %3 to double
  %9 = tail call double @llvm.fmuladd.f64(double %2, double %8, double %7)
  %10 = fptrunc double %9 to float
  ret float %10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @celsius(float noundef %0) local_unnamed_addr #0 {
  %2 = fadd float %0, -3.200000e+01
  %3 = fmul float %2, 5.000000e+00
  %4 = fdiv float %3, 9.000000e+00
  ret float %4
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [8 x float], align 16
  %2 = tail call float @lerp(float noundef -1.000000e+00, float noundef 3.000000e+00, float noundef 0.000000e+00)
  %3 = fpext float %2 to double
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, double noundef %3)
  %5 = tail call float @lerp(float noundef -1.000000e+00, float noundef 3.000000e+00, float noundef 2.500000e-01)
  %6 = fpext float %5 to double
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, double noundef %6)
  %8 = tail call float @lerp(float noundef -1.000000e+00, float noundef 3.000000e+00, float noundef 5.000000e-01)
  %9 = fpext float %8 to double
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, double noundef %9)
  %11 = tail call float @lerp(float noundef -1.000000e+00, float noundef 3.000000e+00, float noundef 7.500000e-01)
  %12 = fpext float %11 to double
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3, double noundef %12)
  %14 = tail call float @lerp(float noundef -1.000000e+00, float noundef 3.000000e+00, float noundef 1.000000e+00)
  %15 = fpext float %14 to double
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4, double noundef %15)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #6
  store <4 x float> <float 1.000000e+00, float 5.000000e-01, float 2.500000e-01, float 1.250000e-01>, ptr %1, align 16, !tbaa !5
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store <4 x float> <float 6.250000e-02, float 3.125000e-02, float 1.562500e-02, float 7.812500e-03>, ptr %17, align 16, !tbaa !5
  %18 = call float @fsum(ptr noundef nonnull %1, i32 noundef 8)
  %19 = fpext float %18 to double
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %19)
  %21 = tail call float @to_float(double noundef 1.000000e-01)
  %22 = fpext float %21 to double
  %23 = tail call float @to_float(double noundef 0x3FD5555555555555)
  %24 = tail call double @to_double(float noundef %23)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %22, double noundef %24)
  %26 = tail call float @fabs_f(float noundef -2.750000e+00)
  %27 = fpext float %26 to double
  %28 = tail call float @fabs_f(float noundef 1.250000e+00)
  %29 = fpext float %28 to double
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %27, double noundef %29)
  %31 = tail call float @newton_sqrt(float noundef 2.000000e+00)
  %32 = fpext float %31 to double
  %33 = tail call float @newton_sqrt(float noundef 8.100000e+01)
  %34 = fpext float %33 to double
  %35 = tail call float @newton_sqrt(float noundef 2.500000e-01)
  %36 = fpext float %35 to double
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %32, double noundef %34, double noundef %36)
  %38 = tail call float @mix(i32 noundef 3, float noundef 1.500000e+00, double noundef 2.250000e+00, float noundef 4.000000e+00)
  %39 = fpext float %38 to double
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %39)
  %41 = tail call float @celsius(float noundef 0.000000e+00)
  %42 = fpext float %41 to double
  %43 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 0.000000e+00, double noundef %42)
  %44 = tail call float @celsius(float noundef 5.300000e+01)
  %45 = fpext float %44 to double
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 5.300000e+01, double noundef %45)
  %47 = tail call float @celsius(float noundef 1.060000e+02)
  %48 = fpext float %47 to double
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 1.060000e+02, double noundef %48)
  %50 = tail call float @celsius(float noundef 1.590000e+02)
  %51 = fpext float %50 to double
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 1.590000e+02, double noundef %51)
  %53 = tail call float @celsius(float noundef 2.120000e+02)
  %54 = fpext float %53 to double
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 2.120000e+02, double noundef %54)
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 24, double noundef 0x3E70000000000000)
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 53, double noundef 0x3CA0000000000000)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
