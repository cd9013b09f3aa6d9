; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"%8.4f %8.4f %8.4f %8.4f\0A\00", align 1
@__const.main.fibm = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 1], [2 x i64] [i64 1, i64 0]], align 16
@__const.main.r = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] [i64 0, i64 1]], align 16
@.str.1 = private unnamed_addr constant [16 x i8] c"fib(%d) = %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"det = %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"trace = %.6f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [2 x [2 x i64]], align 16
  %2 = alloca [4 x [4 x double]], align 16
  %3 = alloca [4 x [4 x double]], align 16
  %4 = alloca [4 x [4 x double]], align 16
  %5 = alloca [2 x [2 x i64]], align 16
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #5
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %3) #5
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %4) #5
  br label %6

6:                                                ; preds = %0, %31
  %7 = phi i64 [ 0, %0 ], [ %32, %31 ]
  %8 = trunc nuw nsw i64 %7 to i32
  %9 = uitofp nneg i32 %8 to double
  br label %34

10:                                               ; preds = %31, %14
  %11 = phi i64 [ %15, %14 ], [ 0, %31 ]
  br label %12

12:                                               ; preds = %17, %10
  %13 = phi i64 [ 0, %10 ], [ %19, %17 ]
  br label %21

14:                                               ; preds = %17
  %15 = add nuw nsw i64 %11, 1
  %16 = icmp eq i64 %15, 4
  br i1 %16, label %51, label %10, !llvm.loop !5

17:                                               ; preds = %21
  %18 = getelementptr inbounds nuw [4 x double], ptr %4, i64 %11, i64 %13
  store double %28, ptr %18, align 8, !tbaa !8
  %19 = add nuw nsw i64 %13, 1
  %20 = icmp eq i64 %19, 4
  br i1 %20, label %14, label %12, !llvm.loop !12

21:                                               ; preds = %21, %12
  %22 = phi i64 [ 0, %12 ], [ %29, %21 ]
  %23 = phi double [ 0.000000e+00, %12 ], [ %28, %21 ]
  %24 = getelementptr inbounds nuw [4 x double], ptr %2, i64 %11, i64 %22
  %25 = load double, ptr %24, align 8, !tbaa !8
  %26 = getelementptr inbounds nuw [4 x double], ptr %3, i64 %22, i64 %13
  %27 = load double, ptr %26, align 8, !tbaa !8
  %28 = tail call double @llvm.fmuladd.f64(double %25, double %27, double %23)
  %29 = add nuw nsw i64 %22, 1
  %30 = icmp eq i64 %29, 4
  br i1 %30, label %17, label %21, !llvm.loop !13

31:                                               ; preds = %34
  %32 = add nuw nsw i64 %7, 1
  %33 = icmp eq i64 %32, 4
  br i1 %33, label %10, label %6, !llvm.loop !14

34:                                               ; preds = %6, %34
  %35 = phi i64 [ 0, %6 ], [ %47, %34 ]
  %36 = trunc nuw nsw i64 %35 to i32
  %37 = uitofp nneg i32 %36 to double
  %38 = tail call double @llvm.fmuladd.f64(double %37, double 5.000000e-01, double %9)
  %39 = getelementptr inbounds nuw [4 x [4 x double]], ptr %2, i64 0, i64 %7, i64 %35
  store double %38, ptr %39, align 8, !tbaa !8
  %40 = icmp eq i64 %7, %35
  %41 = sub nsw i64 %7, %35
  %42 = trunc nsw i64 %41 to i32
  %43 = sitofp i32 %42 to double
  %44 = fmul double %43, 2.500000e-01
  %45 = select i1 %40, double 2.000000e+00, double %44
  %46 = getelementptr inbounds nuw [4 x [4 x double]], ptr %3, i64 0, i64 %7, i64 %35
  store double %45, ptr %46, align 8, !tbaa !8
  %47 = add nuw nsw i64 %35, 1
  %48 = icmp eq i64 %47, 4
  br i1 %48, label %31, label %34, !llvm.loop !15

49:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %5, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.r, i64 32, i1 false)
  %50 = getelementptr inbounds nuw i8, ptr %5, i64 8
  br label %66

51:                                               ; preds = %14, %51
  %52 = phi i64 [ %62, %51 ], [ 0, %14 ]
  %53 = getelementptr inbounds nuw [4 x [4 x double]], ptr %4, i64 0, i64 %52
  %54 = load double, ptr %53, align 16, !tbaa !8
  %55 = getelementptr inbounds nuw i8, ptr %53, i64 8
  %56 = load double, ptr %55, align 8, !tbaa !8
  %57 = getelementptr inbounds nuw i8, ptr %53, i64 16
  %58 = load double, ptr %57, align 16, !tbaa !8
  %59 = getelementptr inbounds nuw i8, ptr %53, i64 24
  %60 = load double, ptr %59, align 8, !tbaa !8
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %54, double noundef %56, double noundef %58, double noundef %60)
  %62 = add nuw nsw i64 %52, 1
  %63 = icmp eq i64 %62, 4
  br i1 %63, label %49, label %51, !llvm.loop !16

64:                                               ; preds = %95
  %65 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef 4.900000e+01)
  br label %100

66:                                               ; preds = %49, %95
  %67 = phi i32 [ 1, %49 ], [ %96, %95 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #5
  br label %68

68:                                               ; preds = %74, %66
  %69 = phi i64 [ 0, %66 ], [ %75, %74 ]
  %70 = getelementptr inbounds nuw [2 x i64], ptr %5, i64 %69
  %71 = load i64, ptr %70, align 16, !tbaa !17
  %72 = getelementptr inbounds nuw i8, ptr %70, i64 8
  %73 = load i64, ptr %72, align 8, !tbaa !17
  br label %77

74:                                               ; preds = %77
  %75 = add nuw nsw i64 %69, 1
  %76 = icmp eq i64 %69, 0
  br i1 %76, label %68, label %89, !llvm.loop !19

77:                                               ; preds = %77, %68
  %78 = phi i64 [ 0, %68 ], [ %87, %77 ]
  %79 = getelementptr inbounds nuw [2 x i64], ptr @__const.main.fibm, i64 0, i64 %78
  %80 = load i64, ptr %79, align 8, !tbaa !17
  %81 = mul nsw i64 %80, %71
  %82 = getelementptr inbounds nuw [2 x i64], ptr getelementptr inbounds nuw (i8, ptr @__const.main.fibm, i64 16), i64 0, i64 %78
  %83 = load i64, ptr %82, align 8, !tbaa !17
  %84 = mul nsw i64 %83, %73
  %85 = add nsw i64 %84, %81
  %86 = getelementptr inbounds nuw [2 x [2 x i64]], ptr %1, i64 0, i64 %69, i64 %78
  store i64 %85, ptr %86, align 8, !tbaa !17
  %87 = add nuw nsw i64 %78, 1
  %88 = icmp eq i64 %78, 0
  br i1 %88, label %77, label %74, !llvm.loop !20

89:                                               ; preds = %74
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %5, ptr noundef nonnull align 16 dereferenceable(32) %1, i64 32, i1 false), !tbaa !17
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #5
  %90 = urem i32 %67, 15
  %91 = icmp eq i32 %90, 0
  br i1 %91, label %92, label %95

92:                                               ; preds = %89
  %93 = load i64, ptr %50, align 8, !tbaa !17
  %94 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %67, i64 noundef %93)
  br label %95

95:                                               ; preds = %89, %92
  %96 = add nuw nsw i32 %67, 1
  %97 = icmp eq i32 %96, 91
  br i1 %97, label %64, label %66, !llvm.loop !21

98:                                               ; preds = %100
  %99 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %105)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #5
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %4) #5
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #5
  ret i32 0

100:                                              ; preds = %64, %100
  %101 = phi i64 [ 0, %64 ], [ %106, %100 ]
  %102 = phi double [ 0.000000e+00, %64 ], [ %105, %100 ]
  %103 = getelementptr inbounds nuw [4 x [4 x double]], ptr %4, i64 0, i64 %101, i64 %101
  %104 = load double, ptr %103, align 8, !tbaa !8
  %105 = fadd double %102, %104
  %106 = add nuw nsw i64 %101, 1
  %107 = icmp eq i64 %106, 4
  br i1 %107, label %98, label %100, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"double", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6, !7}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
!15 = distinct !{!15, !6, !7}
!16 = distinct !{!16, !6, !7}
!17 = !{!18, !18, i64 0}
!18 = !{!"long long", !10, i64 0}
!19 = distinct !{!19, !6, !7}
!20 = distinct !{!20, !6, !7}
!21 = distinct !{!21, !6, !7}
!22 = distinct !{!22, !6, !7}
