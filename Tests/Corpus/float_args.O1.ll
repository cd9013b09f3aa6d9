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
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi float [ 0.000000e+00, %2 ], [ %13, %8 ]
  ret float %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %14, %8 ]
  %10 = phi float [ 0.000000e+00, %4 ], [ %13, %8 ]
  %11 = getelementptr inbounds nuw float, ptr %0, i64 %9
  %12 = load float, ptr %11, align 4, !tbaa !5
  %13 = fadd float %10, %12
  %14 = add nuw nsw i64 %9, 1
  %15 = icmp eq i64 %14, %5
  br i1 %15, label %6, label %8, !llvm.loop !9
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

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none) uwtable
define dso_local float @newton_sqrt(float noundef %0) local_unnamed_addr #4 {
  %2 = fcmp ogt float %0, 1.000000e+00
  %3 = fmul float %0, 5.000000e-01
  %4 = select i1 %2, float %3, float 1.000000e+00
  br label %6

5:                                                ; preds = %6
  ret float %11

6:                                                ; preds = %1, %6
  %7 = phi i32 [ 0, %1 ], [ %12, %6 ]
  %8 = phi float [ %4, %1 ], [ %11, %6 ]
  %9 = fdiv float %0, %8
  %10 = fadd float %8, %9
  %11 = fmul float %10, 5.000000e-01
  %12 = add nuw nsw i32 %7, 1
  %13 = icmp eq i32 %12, 20
  br i1 %13, label %5, label %6, !llvm.loop !12
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
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [8 x float], align 16
  br label %3

2:                                                ; preds = %3
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #7
  br label %36

3:                                                ; preds = %0, %3
  %4 = phi i32 [ 0, %0 ], [ %10, %3 ]
  %5 = uitofp nneg i32 %4 to float
  %6 = fmul float %5, 2.500000e-01
  %7 = tail call float @lerp(float noundef -1.000000e+00, float noundef 3.000000e+00, float noundef %6)
  %8 = fpext float %7 to double
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, double noundef %8)
  %10 = add nuw nsw i32 %4, 1
  %11 = icmp eq i32 %10, 5
  br i1 %11, label %2, label %3, !llvm.loop !13

12:                                               ; preds = %36
  %13 = call float @fsum(ptr noundef nonnull %1, i32 noundef 8)
  %14 = fpext float %13 to double
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %14)
  %16 = tail call float @to_float(double noundef 1.000000e-01)
  %17 = fpext float %16 to double
  %18 = tail call float @to_float(double noundef 0x3FD5555555555555)
  %19 = tail call double @to_double(float noundef %18)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %17, double noundef %19)
  %21 = tail call float @fabs_f(float noundef -2.750000e+00)
  %22 = fpext float %21 to double
  %23 = tail call float @fabs_f(float noundef 1.250000e+00)
  %24 = fpext float %23 to double
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %22, double noundef %24)
  %26 = tail call float @newton_sqrt(float noundef 2.000000e+00)
  %27 = fpext float %26 to double
  %28 = tail call float @newton_sqrt(float noundef 8.100000e+01)
  %29 = fpext float %28 to double
  %30 = tail call float @newton_sqrt(float noundef 2.500000e-01)
  %31 = fpext float %30 to double
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %27, double noundef %29, double noundef %31)
  %33 = tail call float @mix(i32 noundef 3, float noundef 1.500000e+00, double noundef 2.250000e+00, float noundef 4.000000e+00)
  %34 = fpext float %33 to double
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %34)
  br label %45

36:                                               ; preds = %2, %36
  %37 = phi i64 [ 0, %2 ], [ %43, %36 ]
  %38 = trunc nuw nsw i64 %37 to i32
  %39 = shl nuw nsw i32 1, %38
  %40 = uitofp nneg i32 %39 to float
  %41 = fdiv float 1.000000e+00, %40
  %42 = getelementptr inbounds nuw [8 x float], ptr %1, i64 0, i64 %37
  store float %41, ptr %42, align 4, !tbaa !5
  %43 = add nuw nsw i64 %37, 1
  %44 = icmp eq i64 %43, 8
  br i1 %44, label %12, label %36, !llvm.loop !14

45:                                               ; preds = %12, %45
  %46 = phi i32 [ 0, %12 ], [ %52, %45 ]
  %47 = uitofp nneg i32 %46 to float
  %48 = fpext float %47 to double
  %49 = tail call float @celsius(float noundef %47)
  %50 = fpext float %49 to double
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %48, double noundef %50)
  %52 = add nuw nsw i32 %46, 53
  %53 = icmp samesign ugt i32 %46, 159
  br i1 %53, label %54, label %45, !llvm.loop !15

54:                                               ; preds = %45, %54
  %55 = phi i32 [ %58, %54 ], [ 0, %45 ]
  %56 = phi float [ %57, %54 ], [ 1.000000e+00, %45 ]
  %57 = fmul float %56, 5.000000e-01
  %58 = add nuw nsw i32 %55, 1
  %59 = icmp eq i32 %58, 24
  br i1 %59, label %60, label %54, !llvm.loop !16

60:                                               ; preds = %54
  %61 = fpext float %57 to double
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 24, double noundef %61)
  br label %63

63:                                               ; preds = %60, %63
  %64 = phi double [ 1.000000e+00, %60 ], [ %66, %63 ]
  %65 = phi i32 [ 0, %60 ], [ %67, %63 ]
  %66 = fmul double %64, 5.000000e-01
  %67 = add nuw nsw i32 %65, 1
  %68 = icmp eq i32 %67, 53
  br i1 %68, label %69, label %63, !llvm.loop !17

69:                                               ; preds = %63
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 53, double noundef %66)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree noinline norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
