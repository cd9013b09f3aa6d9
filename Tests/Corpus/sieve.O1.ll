; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@composite = internal unnamed_addr global [10001 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [43 x i8] c"primes <= %d: %d, sum %lld, twin pairs %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"first 25:\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"last 5:\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"max gap %d after %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [5 x i32], align 16
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(10001) @composite, i8 0, i64 10001, i1 false)
  store i8 1, ptr getelementptr inbounds nuw (i8, ptr @composite, i64 1), align 1, !tbaa !5
  store i8 1, ptr @composite, align 16, !tbaa !5
  br label %2

2:                                                ; preds = %0, %17
  %3 = phi i64 [ 2, %0 ], [ %18, %17 ]
  %4 = phi i32 [ 4, %0 ], [ %20, %17 ]
  %5 = getelementptr inbounds nuw [10001 x i8], ptr @composite, i64 0, i64 %3
  %6 = load i8, ptr %5, align 1, !tbaa !5
  %7 = icmp eq i8 %6, 0
  %8 = icmp samesign ult i32 %4, 10001
  %9 = select i1 %7, i1 %8, i1 false
  br i1 %9, label %10, label %17

10:                                               ; preds = %2
  %11 = zext nneg i32 %4 to i64
  br label %12

12:                                               ; preds = %10, %12
  %13 = phi i64 [ %11, %10 ], [ %15, %12 ]
  %14 = getelementptr inbounds nuw [10001 x i8], ptr @composite, i64 0, i64 %13
  store i8 1, ptr %14, align 1, !tbaa !5
  %15 = add nuw nsw i64 %13, %3
  %16 = icmp samesign ult i64 %15, 10001
  br i1 %16, label %12, label %17, !llvm.loop !8

17:                                               ; preds = %12, %2
  %18 = add nuw nsw i64 %3, 1
  %19 = mul nuw nsw i64 %18, %18
  %20 = trunc nuw i64 %19 to i32
  %21 = icmp eq i64 %18, 101
  br i1 %21, label %25, label %2, !llvm.loop !11

22:                                               ; preds = %44
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 10000, i32 noundef %45, i64 noundef %47, i32 noundef %46)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1)
  br label %53

25:                                               ; preds = %17, %44
  %26 = phi i64 [ %48, %44 ], [ 2, %17 ]
  %27 = phi i64 [ %47, %44 ], [ 0, %17 ]
  %28 = phi i32 [ %46, %44 ], [ 0, %17 ]
  %29 = phi i32 [ %45, %44 ], [ 0, %17 ]
  %30 = getelementptr inbounds nuw [10001 x i8], ptr @composite, i64 0, i64 %26
  %31 = load i8, ptr %30, align 1, !tbaa !5
  %32 = icmp eq i8 %31, 0
  br i1 %32, label %33, label %44

33:                                               ; preds = %25
  %34 = add nsw i32 %29, 1
  %35 = add nsw i64 %27, %26
  %36 = icmp samesign ult i64 %26, 9999
  br i1 %36, label %37, label %44

37:                                               ; preds = %33
  %38 = add nuw nsw i64 %26, 2
  %39 = getelementptr inbounds nuw [10001 x i8], ptr @composite, i64 0, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !5
  %41 = icmp eq i8 %40, 0
  %42 = zext i1 %41 to i32
  %43 = add nsw i32 %28, %42
  br label %44

44:                                               ; preds = %37, %33, %25
  %45 = phi i32 [ %29, %25 ], [ %34, %33 ], [ %34, %37 ]
  %46 = phi i32 [ %28, %25 ], [ %28, %33 ], [ %43, %37 ]
  %47 = phi i64 [ %27, %25 ], [ %35, %33 ], [ %35, %37 ]
  %48 = add nuw nsw i64 %26, 1
  %49 = icmp eq i64 %48, 10001
  br i1 %49, label %22, label %25, !llvm.loop !12

50:                                               ; preds = %63
  %51 = tail call i32 @putchar(i32 10)
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4)
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %1) #6
  br label %67

53:                                               ; preds = %22, %63
  %54 = phi i64 [ 2, %22 ], [ %65, %63 ]
  %55 = phi i32 [ 0, %22 ], [ %64, %63 ]
  %56 = getelementptr inbounds nuw [10001 x i8], ptr @composite, i64 0, i64 %54
  %57 = load i8, ptr %56, align 1, !tbaa !5
  %58 = icmp eq i8 %57, 0
  br i1 %58, label %59, label %63

59:                                               ; preds = %53
  %60 = trunc nuw nsw i64 %54 to i32
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %60)
  %62 = add nsw i32 %55, 1
  br label %63

63:                                               ; preds = %53, %59
  %64 = phi i32 [ %55, %53 ], [ %62, %59 ]
  %65 = add nuw nsw i64 %54, 1
  %66 = icmp slt i32 %64, 25
  br i1 %66, label %53, label %50, !llvm.loop !13

67:                                               ; preds = %50, %78
  %68 = phi i64 [ 10000, %50 ], [ %80, %78 ]
  %69 = phi i32 [ 0, %50 ], [ %79, %78 ]
  %70 = getelementptr inbounds nuw [10001 x i8], ptr @composite, i64 0, i64 %68
  %71 = load i8, ptr %70, align 1, !tbaa !5
  %72 = icmp eq i8 %71, 0
  br i1 %72, label %73, label %78

73:                                               ; preds = %67
  %74 = add nsw i32 %69, 1
  %75 = sext i32 %69 to i64
  %76 = getelementptr inbounds [5 x i32], ptr %1, i64 0, i64 %75
  %77 = trunc nuw nsw i64 %68 to i32
  store i32 %77, ptr %76, align 4, !tbaa !14
  br label %78

78:                                               ; preds = %67, %73
  %79 = phi i32 [ %69, %67 ], [ %74, %73 ]
  %80 = add nsw i64 %68, -1
  %81 = icmp samesign ugt i64 %68, 2
  %82 = icmp slt i32 %79, 5
  %83 = select i1 %81, i1 %82, i1 false
  br i1 %83, label %67, label %86, !llvm.loop !16

84:                                               ; preds = %86
  %85 = tail call i32 @putchar(i32 10)
  br label %95

86:                                               ; preds = %78, %86
  %87 = phi i64 [ %91, %86 ], [ 4, %78 ]
  %88 = getelementptr inbounds nuw [5 x i32], ptr %1, i64 0, i64 %87
  %89 = load i32, ptr %88, align 4, !tbaa !14
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %89)
  %91 = add nsw i64 %87, -1
  %92 = icmp eq i64 %87, 0
  br i1 %92, label %84, label %86, !llvm.loop !17

93:                                               ; preds = %95
  %94 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %107, i32 noundef %109)
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %1) #6
  ret i32 0

95:                                               ; preds = %84, %95
  %96 = phi i64 [ 3, %84 ], [ %112, %95 ]
  %97 = phi i32 [ 2, %84 ], [ %111, %95 ]
  %98 = phi i32 [ 0, %84 ], [ %109, %95 ]
  %99 = phi i32 [ 0, %84 ], [ %107, %95 ]
  %100 = getelementptr inbounds nuw [10001 x i8], ptr @composite, i64 0, i64 %96
  %101 = load i8, ptr %100, align 1, !tbaa !5
  %102 = icmp eq i8 %101, 0
  %103 = trunc nuw nsw i64 %96 to i32
  %104 = sub nsw i32 %103, %97
  %105 = icmp sgt i32 %104, %99
  %106 = tail call i32 @llvm.smax.i32(i32 %104, i32 %99)
  %107 = select i1 %102, i32 %106, i32 %99
  %108 = select i1 %102, i1 %105, i1 false
  %109 = select i1 %108, i32 %97, i32 %98
  %110 = trunc nuw nsw i64 %96 to i32
  %111 = select i1 %102, i32 %110, i32 %97
  %112 = add nuw nsw i64 %96, 1
  %113 = icmp eq i64 %112, 10001
  br i1 %113, label %93, label %95, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = distinct !{!12, !9, !10}
!13 = distinct !{!13, !9, !10}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !6, i64 0}
!16 = distinct !{!16, !9, !10}
!17 = distinct !{!17, !9, !10}
!18 = distinct !{!18, !9, !10}
