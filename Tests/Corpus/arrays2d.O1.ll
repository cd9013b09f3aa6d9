; ModuleID = 'arrays2d.c'
source_filename = "arrays2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [4 x i8] c"%3d\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"diag: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"row %d sum %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [24 x i8] c"flat[13]=%d m[2][3]=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"rp: %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [24 x i8] c"grid[%d]=%s len-ish=%c\0A\00", align 1
@grid = internal global [3 x [8 x i8]] [[8 x i8] c"abc\00\00\00\00\00", [8 x i8] c"defgh\00\00\00", [8 x i8] c"ij\00\00\00\00\00\00"], align 16
@.str.7 = private unnamed_addr constant [14 x i8] c"weighted: %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [16 x i8] c"cube: %d %d %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [4 x [5 x i32]], align 16
  %2 = alloca [5 x [4 x i32]], align 16
  %3 = alloca [3 x [3 x double]], align 16
  %4 = alloca [2 x [3 x [4 x i32]]], align 16
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %2) #6
  br label %5

5:                                                ; preds = %8, %0
  %6 = phi i64 [ 0, %0 ], [ %9, %8 ]
  %7 = mul nuw nsw i64 %6, 10
  br label %11

8:                                                ; preds = %11
  %9 = add nuw nsw i64 %6, 1
  %10 = icmp eq i64 %9, 4
  br i1 %10, label %18, label %5, !llvm.loop !5

11:                                               ; preds = %11, %5
  %12 = phi i64 [ 0, %5 ], [ %16, %11 ]
  %13 = add nuw nsw i64 %12, %7
  %14 = getelementptr inbounds nuw [5 x i32], ptr %1, i64 %6, i64 %12
  %15 = trunc nuw nsw i64 %13 to i32
  store i32 %15, ptr %14, align 4, !tbaa !8
  %16 = add nuw nsw i64 %12, 1
  %17 = icmp eq i64 %16, 5
  br i1 %17, label %8, label %11, !llvm.loop !12

18:                                               ; preds = %8, %20
  %19 = phi i64 [ %21, %20 ], [ 0, %8 ]
  br label %23

20:                                               ; preds = %23
  %21 = add nuw nsw i64 %19, 1
  %22 = icmp eq i64 %21, 4
  br i1 %22, label %30, label %18, !llvm.loop !13

23:                                               ; preds = %23, %18
  %24 = phi i64 [ 0, %18 ], [ %28, %23 ]
  %25 = getelementptr inbounds nuw [5 x i32], ptr %1, i64 %19, i64 %24
  %26 = load i32, ptr %25, align 4, !tbaa !8
  %27 = getelementptr inbounds nuw [4 x i32], ptr %2, i64 %24, i64 %19
  store i32 %26, ptr %27, align 4, !tbaa !8
  %28 = add nuw nsw i64 %24, 1
  %29 = icmp eq i64 %28, 5
  br i1 %29, label %20, label %23, !llvm.loop !14

30:                                               ; preds = %20, %42
  %31 = phi i64 [ %44, %42 ], [ 0, %20 ]
  br label %46

32:                                               ; preds = %42, %32
  %33 = phi i64 [ %38, %32 ], [ 0, %42 ]
  %34 = phi i32 [ %37, %32 ], [ 0, %42 ]
  %35 = getelementptr inbounds nuw [5 x i32], ptr %1, i64 %33, i64 %33
  %36 = load i32, ptr %35, align 4, !tbaa !8
  %37 = add nsw i32 %36, %34
  %38 = add nuw nsw i64 %33, 1
  %39 = icmp eq i64 %38, 4
  br i1 %39, label %40, label %32, !llvm.loop !15

40:                                               ; preds = %32
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %37)
  br label %62

42:                                               ; preds = %46
  %43 = tail call i32 @putchar(i32 10)
  %44 = add nuw nsw i64 %31, 1
  %45 = icmp eq i64 %44, 5
  br i1 %45, label %32, label %30, !llvm.loop !16

46:                                               ; preds = %30, %46
  %47 = phi i64 [ 0, %30 ], [ %51, %46 ]
  %48 = getelementptr inbounds nuw [5 x [4 x i32]], ptr %2, i64 0, i64 %31, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !8
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %49)
  %51 = add nuw nsw i64 %47, 1
  %52 = icmp eq i64 %51, 4
  br i1 %52, label %42, label %46, !llvm.loop !17

53:                                               ; preds = %73
  %54 = getelementptr inbounds nuw i8, ptr %1, i64 52
  %55 = load i32, ptr %54, align 4, !tbaa !8
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %55, i32 noundef %55)
  %57 = getelementptr inbounds nuw i8, ptr %1, i64 36
  %58 = load i32, ptr %57, align 4, !tbaa !8
  %59 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %60 = load i32, ptr %59, align 8, !tbaa !8
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %58, i32 noundef %60)
  br label %81

62:                                               ; preds = %40, %73
  %63 = phi i64 [ 0, %40 ], [ %76, %73 ]
  %64 = getelementptr inbounds nuw [4 x [5 x i32]], ptr %1, i64 0, i64 %63
  br label %65

65:                                               ; preds = %65, %62
  %66 = phi i64 [ 0, %62 ], [ %71, %65 ]
  %67 = phi i32 [ 0, %62 ], [ %70, %65 ]
  %68 = getelementptr inbounds nuw i32, ptr %64, i64 %66
  %69 = load i32, ptr %68, align 4, !tbaa !8
  %70 = add nsw i32 %69, %67
  %71 = add nuw nsw i64 %66, 1
  %72 = icmp eq i64 %71, 5
  br i1 %72, label %73, label %65, !llvm.loop !18

73:                                               ; preds = %65
  %74 = trunc nuw nsw i64 %63 to i32
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %74, i32 noundef %70)
  %76 = add nuw nsw i64 %63, 1
  %77 = icmp eq i64 %76, 4
  br i1 %77, label %53, label %62, !llvm.loop !19

78:                                               ; preds = %81
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %3) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(72) %3, i8 0, i64 72, i1 false)
  store double 1.000000e+00, ptr %3, align 16
  %79 = getelementptr inbounds nuw i8, ptr %3, i64 32
  store double 1.000000e+00, ptr %79, align 16
  %80 = getelementptr inbounds nuw i8, ptr %3, i64 64
  store double 1.000000e+00, ptr %80, align 16
  br label %91

81:                                               ; preds = %53, %81
  %82 = phi i64 [ 0, %53 ], [ %89, %81 ]
  %83 = getelementptr inbounds nuw [3 x [8 x i8]], ptr @grid, i64 0, i64 %82
  %84 = getelementptr inbounds nuw i8, ptr %83, i64 1
  %85 = load i8, ptr %84, align 1, !tbaa !20
  %86 = sext i8 %85 to i32
  %87 = trunc nuw nsw i64 %82 to i32
  %88 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %87, ptr noundef nonnull %83, i32 noundef %86)
  %89 = add nuw nsw i64 %82, 1
  %90 = icmp eq i64 %89, 3
  br i1 %90, label %78, label %81, !llvm.loop !21

91:                                               ; preds = %78, %99
  %92 = phi i64 [ 0, %78 ], [ %94, %99 ]
  %93 = phi double [ 0.000000e+00, %78 ], [ %110, %99 ]
  %94 = add nuw nsw i64 %92, 1
  %95 = trunc nuw nsw i64 %94 to i32
  %96 = uitofp nneg i32 %95 to double
  br label %101

97:                                               ; preds = %99
  %98 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %110)
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %4) #6
  br label %113

99:                                               ; preds = %101
  %100 = icmp eq i64 %94, 3
  br i1 %100, label %97, label %91, !llvm.loop !22

101:                                              ; preds = %91, %101
  %102 = phi i64 [ 0, %91 ], [ %111, %101 ]
  %103 = phi double [ %93, %91 ], [ %110, %101 ]
  %104 = getelementptr inbounds nuw [3 x [3 x double]], ptr %3, i64 0, i64 %92, i64 %102
  %105 = load double, ptr %104, align 8, !tbaa !23
  %106 = fmul double %105, %96
  %107 = trunc i64 %102 to i32
  %108 = add i32 %107, 2
  %109 = uitofp nneg i32 %108 to double
  %110 = tail call double @llvm.fmuladd.f64(double %106, double %109, double %103)
  %111 = add nuw nsw i64 %102, 1
  %112 = icmp eq i64 %111, 3
  br i1 %112, label %99, label %101, !llvm.loop !25

113:                                              ; preds = %97, %127
  %114 = phi i64 [ 0, %97 ], [ %128, %127 ]
  %115 = phi i32 [ 0, %97 ], [ %136, %127 ]
  br label %124

116:                                              ; preds = %127
  %117 = getelementptr inbounds nuw i8, ptr %4, i64 48
  %118 = getelementptr inbounds nuw i8, ptr %4, i64 92
  %119 = load i32, ptr %118, align 4, !tbaa !8
  %120 = getelementptr inbounds nuw i8, ptr %4, i64 36
  %121 = load i32, ptr %120, align 4, !tbaa !8
  %122 = load i32, ptr %117, align 16, !tbaa !8
  %123 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %119, i32 noundef %121, i32 noundef %122)
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %1) #6
  ret i32 0

124:                                              ; preds = %113, %130
  %125 = phi i64 [ 0, %113 ], [ %131, %130 ]
  %126 = phi i32 [ %115, %113 ], [ %136, %130 ]
  br label %133

127:                                              ; preds = %130
  %128 = add nuw nsw i64 %114, 1
  %129 = icmp eq i64 %114, 0
  br i1 %129, label %113, label %116, !llvm.loop !26

130:                                              ; preds = %133
  %131 = add nuw nsw i64 %125, 1
  %132 = icmp eq i64 %131, 3
  br i1 %132, label %127, label %124, !llvm.loop !27

133:                                              ; preds = %124, %133
  %134 = phi i64 [ 0, %124 ], [ %138, %133 ]
  %135 = phi i32 [ %126, %124 ], [ %136, %133 ]
  %136 = add nsw i32 %135, 1
  %137 = getelementptr inbounds nuw [2 x [3 x [4 x i32]]], ptr %4, i64 0, i64 %114, i64 %125, i64 %134
  store i32 %135, ptr %137, align 4, !tbaa !8
  %138 = add nuw nsw i64 %134, 1
  %139 = icmp eq i64 %138, 4
  br i1 %139, label %130, label %133, !llvm.loop !28
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nofree nounwind }
attributes #6 = { nounwind }

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
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !6, !7}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
!15 = distinct !{!15, !6, !7}
!16 = distinct !{!16, !6, !7}
!17 = distinct !{!17, !6, !7}
!18 = distinct !{!18, !6, !7}
!19 = distinct !{!19, !6, !7}
!20 = !{!10, !10, i64 0}
!21 = distinct !{!21, !6, !7}
!22 = distinct !{!22, !6, !7}
!23 = !{!24, !24, i64 0}
!24 = !{!"double", !10, i64 0}
!25 = distinct !{!25, !6, !7}
!26 = distinct !{!26, !6, !7}
!27 = distinct !{!27, !6, !7}
!28 = distinct !{!28, !6, !7}
