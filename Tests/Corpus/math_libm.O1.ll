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
  %1 = alloca [6 x double], align 16
  %2 = alloca [6 x double], align 16
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %1, i8 0, i64 48, i1 false)
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double 5.000000e-01, ptr %3, align 8
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 1.000000e+00, ptr %4, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 2.000000e+00, ptr %5, align 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 0x400921FB54442D11, ptr %6, align 16
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double 1.000000e+01, ptr %7, align 8
  br label %13

8:                                                ; preds = %13
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %2) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %2, i8 0, i64 48, i1 false)
  store double -2.500000e+00, ptr %2, align 16
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double -5.000000e-01, ptr %9, align 8
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 24
  store double 4.900000e-01, ptr %10, align 8
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store double 2.500000e+00, ptr %11, align 16
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 40
  store double 0x412E848100000000, ptr %12, align 8
  br label %26

13:                                               ; preds = %0, %13
  %14 = phi i64 [ 0, %0 ], [ %21, %13 ]
  %15 = getelementptr inbounds nuw [6 x double], ptr %1, i64 0, i64 %14
  %16 = load double, ptr %15, align 8, !tbaa !5
  %17 = tail call double @sqrt(double noundef %16) #6, !tbaa !9
  %18 = tail call double @sin(double noundef %16) #6, !tbaa !9
  %19 = tail call double @cos(double noundef %16) #6, !tbaa !9
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %16, double noundef %17, double noundef %18, double noundef %19)
  %21 = add nuw nsw i64 %14, 1
  %22 = icmp eq i64 %21, 6
  br i1 %22, label %8, label %13, !llvm.loop !11

23:                                               ; preds = %26
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef 1.024000e+03, double noundef 1.000000e-02, double noundef -2.700000e+01, double noundef 0x3FF6A09E667F3BCD)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 5.000000e+00)
  br label %39

26:                                               ; preds = %8, %26
  %27 = phi i64 [ 0, %8 ], [ %34, %26 ]
  %28 = getelementptr inbounds nuw [6 x double], ptr %2, i64 0, i64 %27
  %29 = load double, ptr %28, align 8, !tbaa !5
  %30 = tail call double @llvm.floor.f64(double %29)
  %31 = tail call double @llvm.ceil.f64(double %29)
  %32 = tail call double @llvm.fabs.f64(double %29)
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %29, double noundef %30, double noundef %31, double noundef %32)
  %34 = add nuw nsw i64 %27, 1
  %35 = icmp eq i64 %34, 6
  br i1 %35, label %23, label %26, !llvm.loop !14

36:                                               ; preds = %39
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %46)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 0x3FF6A09E60000000)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %1) #6
  ret i32 0

39:                                               ; preds = %23, %39
  %40 = phi i32 [ 0, %23 ], [ %47, %39 ]
  %41 = phi double [ 0.000000e+00, %23 ], [ %46, %39 ]
  %42 = uitofp nneg i32 %40 to double
  %43 = fmul double %42, 1.000000e-01
  %44 = tail call double @sin(double noundef %43) #6, !tbaa !9
  %45 = tail call double @cos(double noundef %43) #6, !tbaa !9
  %46 = tail call double @llvm.fmuladd.f64(double %44, double %45, double %41)
  %47 = add nuw nsw i32 %40, 1
  %48 = icmp eq i32 %47, 100
  br i1 %48, label %36, label %39, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
