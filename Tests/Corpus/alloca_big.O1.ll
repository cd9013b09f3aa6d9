; ModuleID = 'alloca_big.c'
source_filename = "alloca_big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { i32, [60 x i8] }

@.str = private unnamed_addr constant [15 x i8] c"big sum: %.1f\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"most common: %c\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"frames: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"copy check: %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"records: %d size=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [256 x i32], align 16
  %2 = alloca [4096 x double], align 16
  %3 = alloca [10000 x i8], align 16
  %4 = alloca [512 x i64], align 16
  %5 = alloca [100 x %struct.anon], align 16
  call void @llvm.lifetime.start.p0(i64 32768, ptr nonnull %2) #5
  br label %6

6:                                                ; preds = %0, %6
  %7 = phi i64 [ 0, %0 ], [ %12, %6 ]
  %8 = trunc nuw nsw i64 %7 to i32
  %9 = uitofp nneg i32 %8 to double
  %10 = fmul double %9, 5.000000e-01
  %11 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %7
  store double %10, ptr %11, align 8, !tbaa !5
  %12 = add nuw nsw i64 %7, 1
  %13 = icmp eq i64 %12, 4096
  br i1 %13, label %16, label %6, !llvm.loop !9

14:                                               ; preds = %16
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %21)
  call void @llvm.lifetime.start.p0(i64 10000, ptr nonnull %3) #5
  br label %56

16:                                               ; preds = %6, %16
  %17 = phi i64 [ %22, %16 ], [ 4095, %6 ]
  %18 = phi double [ %21, %16 ], [ 0.000000e+00, %6 ]
  %19 = getelementptr inbounds nuw [4096 x double], ptr %2, i64 0, i64 %17
  %20 = load double, ptr %19, align 8, !tbaa !5
  %21 = fadd double %18, %20
  %22 = add nsw i64 %17, -5
  %23 = icmp samesign ugt i64 %17, 4
  br i1 %23, label %16, label %14, !llvm.loop !12

24:                                               ; preds = %56
  %25 = getelementptr inbounds nuw i8, ptr %3, i64 9999
  store i8 0, ptr %25, align 1, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) %1, i8 0, i64 1024, i1 false)
  %26 = load i8, ptr %3, align 16, !tbaa !13
  %27 = icmp eq i8 %26, 0
  br i1 %27, label %38, label %28

28:                                               ; preds = %24, %28
  %29 = phi i8 [ %36, %28 ], [ %26, %24 ]
  %30 = phi ptr [ %35, %28 ], [ %3, %24 ]
  %31 = zext i8 %29 to i64
  %32 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !14
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %32, align 4, !tbaa !14
  %35 = getelementptr inbounds nuw i8, ptr %30, i64 1
  %36 = load i8, ptr %35, align 1, !tbaa !13
  %37 = icmp eq i8 %36, 0
  br i1 %37, label %38, label %28, !llvm.loop !16

38:                                               ; preds = %28, %24
  br label %39

39:                                               ; preds = %38, %39
  %40 = phi i64 [ %50, %39 ], [ 1, %38 ]
  %41 = phi i32 [ %49, %39 ], [ 0, %38 ]
  %42 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %40
  %43 = load i32, ptr %42, align 4, !tbaa !14
  %44 = zext nneg i32 %41 to i64
  %45 = getelementptr inbounds nuw [256 x i32], ptr %1, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !14
  %47 = icmp sgt i32 %43, %46
  %48 = trunc nuw nsw i64 %40 to i32
  %49 = select i1 %47, i32 %48, i32 %41
  %50 = add nuw nsw i64 %40, 1
  %51 = icmp eq i64 %50, 256
  br i1 %51, label %52, label %39, !llvm.loop !17

52:                                               ; preds = %39
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %1) #5
  %53 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %49)
  %54 = tail call fastcc i64 @frame_sum(i32 noundef 8)
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %54)
  br label %66

56:                                               ; preds = %14, %56
  %57 = phi i64 [ 0, %14 ], [ %64, %56 ]
  %58 = mul nuw nsw i64 %57, %57
  %59 = trunc nuw i64 %58 to i32
  %60 = urem i32 %59, 26
  %61 = trunc nuw nsw i32 %60 to i8
  %62 = add nuw nsw i8 %61, 97
  %63 = getelementptr inbounds nuw [10000 x i8], ptr %3, i64 0, i64 %57
  store i8 %62, ptr %63, align 1, !tbaa !13
  %64 = add nuw nsw i64 %57, 1
  %65 = icmp eq i64 %64, 9999
  br i1 %65, label %24, label %56, !llvm.loop !18

66:                                               ; preds = %52, %66
  %67 = phi i64 [ 0, %52 ], [ %71, %66 ]
  %68 = mul nuw nsw i64 %67, %67
  %69 = mul nuw nsw i64 %68, %67
  %70 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %67
  store i64 %69, ptr %70, align 8
  %71 = add nuw nsw i64 %67, 1
  %72 = icmp eq i64 %71, 512
  br i1 %72, label %75, label %66, !llvm.loop !19

73:                                               ; preds = %75
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %81)
  call void @llvm.lifetime.start.p0(i64 6400, ptr nonnull %5) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(6400) %5, i8 0, i64 6400, i1 false)
  br label %84

75:                                               ; preds = %66, %75
  %76 = phi i64 [ %82, %75 ], [ 0, %66 ]
  %77 = phi i64 [ %81, %75 ], [ 0, %66 ]
  %78 = getelementptr inbounds nuw [512 x i64], ptr %4, i64 0, i64 %76
  %79 = load i64, ptr %78, align 8
  %80 = and i64 %79, 255
  %81 = add i64 %77, %80
  %82 = add nuw nsw i64 %76, 1
  %83 = icmp eq i64 %82, 512
  br i1 %83, label %73, label %75, !llvm.loop !20

84:                                               ; preds = %73, %84
  %85 = phi i64 [ 0, %73 ], [ %94, %84 ]
  %86 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %85
  %87 = trunc i64 %85 to i32
  %88 = mul i32 %87, 7
  store i32 %88, ptr %86, align 16, !tbaa !21
  %89 = trunc nuw nsw i64 %85 to i32
  %90 = urem i32 %89, 26
  %91 = trunc nuw nsw i32 %90 to i8
  %92 = add nuw nsw i8 %91, 65
  %93 = getelementptr inbounds nuw i8, ptr %86, i64 4
  store i8 %92, ptr %93, align 4, !tbaa !13
  %94 = add nuw nsw i64 %85, 1
  %95 = icmp eq i64 %94, 100
  br i1 %95, label %98, label %84, !llvm.loop !23

96:                                               ; preds = %98
  %97 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %107, i32 noundef 6400)
  call void @llvm.lifetime.end.p0(i64 6400, ptr nonnull %5) #5
  call void @llvm.lifetime.end.p0(i64 10000, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 32768, ptr nonnull %2) #5
  ret i32 0

98:                                               ; preds = %84, %98
  %99 = phi i64 [ %108, %98 ], [ 0, %84 ]
  %100 = phi i32 [ %107, %98 ], [ 0, %84 ]
  %101 = getelementptr inbounds nuw [100 x %struct.anon], ptr %5, i64 0, i64 %99
  %102 = load i32, ptr %101, align 16, !tbaa !21
  %103 = getelementptr inbounds nuw i8, ptr %101, i64 4
  %104 = load i8, ptr %103, align 4, !tbaa !13
  %105 = sext i8 %104 to i32
  %106 = add i32 %102, %100
  %107 = add i32 %106, %105
  %108 = add nuw nsw i64 %99, 1
  %109 = icmp eq i64 %108, 100
  br i1 %109, label %96, label %98, !llvm.loop !24
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @frame_sum(i32 noundef range(i32 0, 9) %0) unnamed_addr #3 {
  %2 = alloca [2048 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 8192, ptr nonnull %2) #5
  br label %3

3:                                                ; preds = %1, %3
  %4 = phi i64 [ 0, %1 ], [ %8, %3 ]
  %5 = trunc nuw nsw i64 %4 to i32
  %6 = xor i32 %0, %5
  %7 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %4
  store i32 %6, ptr %7, align 4, !tbaa !14
  %8 = add nuw nsw i64 %4, 1
  %9 = icmp eq i64 %8, 2048
  br i1 %9, label %12, label %3, !llvm.loop !25

10:                                               ; preds = %12
  %11 = icmp eq i32 %0, 0
  br i1 %11, label %25, label %21

12:                                               ; preds = %3, %12
  %13 = phi i64 [ %19, %12 ], [ 0, %3 ]
  %14 = phi i64 [ %18, %12 ], [ 0, %3 ]
  %15 = getelementptr inbounds nuw [2048 x i32], ptr %2, i64 0, i64 %13
  %16 = load i32, ptr %15, align 4, !tbaa !14
  %17 = sext i32 %16 to i64
  %18 = add nsw i64 %14, %17
  %19 = add nuw nsw i64 %13, 3
  %20 = icmp samesign ult i64 %13, 2045
  br i1 %20, label %12, label %10, !llvm.loop !26

21:                                               ; preds = %10
  %22 = add nsw i32 %0, -1
  %23 = tail call fastcc i64 @frame_sum(i32 noundef %22)
  %24 = add nsw i64 %23, %18
  br label %25

25:                                               ; preds = %21, %10
  %26 = phi i64 [ %24, %21 ], [ %18, %10 ]
  call void @llvm.lifetime.end.p0(i64 8192, ptr nonnull %2) #5
  ret i64 %26
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = !{!7, !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !7, i64 0}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = !{!22, !15, i64 0}
!22 = !{!"", !15, i64 0, !7, i64 4}
!23 = distinct !{!23, !10, !11}
!24 = distinct !{!24, !10, !11}
!25 = distinct !{!25, !10, !11}
!26 = distinct !{!26, !10, !11}
