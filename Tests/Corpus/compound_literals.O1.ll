; ModuleID = 'compound_literals.c'
source_filename = "compound_literals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Conf = type { i32, double, [8 x i8], [4 x i32] }

@.str = private unnamed_addr constant [10 x i8] c"area: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"sum: %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"mid: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"designated\00", align 1
@.str.5 = private unnamed_addr constant [30 x i8] c"rect: %d %d %d %d %s area=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [28 x i8] c"conf: %d %g %s %d %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.10 = private unnamed_addr constant [9 x i8] c"pts: %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [21 x i8] c"loop literal: %d %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"chars: %s\0A\00", align 1
@.str.13 = private unnamed_addr constant [14 x i8] c"dv: %g %g %g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [4 x i32], align 4
  %2 = alloca %struct.Conf, align 8
  %3 = alloca [10 x i32], align 16
  %4 = alloca [3 x i8], align 1
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 20)
  store i32 1, ptr %1, align 4, !tbaa !5
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 4
  store i32 2, ptr %6, align 4, !tbaa !5
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store i32 3, ptr %7, align 4, !tbaa !5
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 12
  store i32 4, ptr %8, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %9, %0
  %10 = phi i64 [ 0, %0 ], [ %15, %9 ]
  %11 = phi i32 [ 0, %0 ], [ %14, %9 ]
  %12 = getelementptr inbounds nuw i32, ptr %1, i64 %10
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = add nsw i32 %13, %11
  %15 = add nuw nsw i64 %10, 1
  %16 = icmp eq i64 %15, 4
  br i1 %16, label %17, label %9, !llvm.loop !9

17:                                               ; preds = %9
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %14, i32 noundef 17)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 6, i32 noundef 2)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 0, i32 noundef 0, i32 noundef 3, i32 noundef 9, ptr noundef nonnull @.str.4, i32 noundef 27)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %2) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %2, i8 0, i64 40, i1 false)
  %21 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double 2.500000e+00, ptr %21, align 8
  %22 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store i8 116, ptr %22, align 8
  %23 = getelementptr inbounds nuw i8, ptr %2, i64 17
  store i8 103, ptr %23, align 1
  %24 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 28
  store i32 5, ptr %25, align 4
  %26 = getelementptr inbounds nuw i8, ptr %2, i64 36
  store i32 9, ptr %26, align 4
  %27 = load i32, ptr %2, align 8, !tbaa !12
  %28 = load i32, ptr %24, align 8, !tbaa !5
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %30 = load i32, ptr %29, align 8, !tbaa !5
  %31 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %27, double noundef 2.500000e+00, ptr noundef nonnull %22, i32 noundef %28, i32 noundef 5, i32 noundef %30, i32 noundef 9)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %3) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %3, i8 0, i64 40, i1 false)
  store i32 1, ptr %3, align 16
  %32 = getelementptr inbounds nuw i8, ptr %3, i64 20
  store i32 50, ptr %32, align 4
  %33 = getelementptr inbounds nuw i8, ptr %3, i64 24
  store i32 60, ptr %33, align 8
  %34 = getelementptr inbounds nuw i8, ptr %3, i64 36
  store i32 99, ptr %34, align 4
  br label %38

35:                                               ; preds = %38
  %36 = call i32 @putchar(i32 10)
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 36)
  br label %50

38:                                               ; preds = %17, %38
  %39 = phi i64 [ 0, %17 ], [ %43, %38 ]
  %40 = getelementptr inbounds nuw [10 x i32], ptr %3, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %41)
  %43 = add nuw nsw i64 %39, 1
  %44 = icmp eq i64 %43, 10
  br i1 %44, label %35, label %38, !llvm.loop !15

45:                                               ; preds = %50
  store i8 111, ptr %4, align 1, !tbaa !16
  %46 = getelementptr inbounds nuw i8, ptr %4, i64 1
  store i8 107, ptr %46, align 1, !tbaa !16
  %47 = getelementptr inbounds nuw i8, ptr %4, i64 2
  store i8 0, ptr %47, align 1, !tbaa !16
  %48 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef nonnull %4)
  %49 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef 5.000000e-01, double noundef 1.500000e+00, double noundef 0.000000e+00)
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %2) #5
  ret i32 0

50:                                               ; preds = %35, %50
  %51 = phi i32 [ 0, %35 ], [ %55, %50 ]
  %52 = shl nuw nsw i32 %51, 1
  %53 = or disjoint i32 %51, 100
  %54 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %53, i32 noundef %52)
  %55 = add nuw nsw i32 %51, 1
  %56 = icmp eq i32 %55, 3
  br i1 %56, label %45, label %50, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #2

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !6, i64 0}
!13 = !{!"Conf", !6, i64 0, !14, i64 8, !7, i64 16, !7, i64 24}
!14 = !{!"double", !7, i64 0}
!15 = distinct !{!15, !10, !11}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !10, !11}
