; ModuleID = 'pointers.c'
source_filename = "pointers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"sum all: %d, sum 3..7: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"diff: %td %td\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"cmp: %d %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"pointer walk\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"found at %td: %s\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"not found: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [25 x i8] c"buf: %d %d %d %d end=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [17 x i8] c"byte step: %lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [14 x i8] c"pp: %d %d %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"x=%d\0A\00", align 1
@.str.12 = private unnamed_addr constant [16 x i8] c"off=%td neg=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [10 x i32], align 16
  %2 = alloca [4 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %1) #5
  br label %32

3:                                                ; preds = %32, %3
  %4 = phi i32 [ %9, %3 ], [ 0, %32 ]
  %5 = phi i64 [ %7, %3 ], [ 0, %32 ]
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 %5
  %7 = add nuw nsw i64 %5, 4
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = add nsw i32 %8, %4
  %10 = icmp samesign ult i64 %5, 36
  br i1 %10, label %3, label %11, !llvm.loop !9

11:                                               ; preds = %3, %11
  %12 = phi i32 [ %17, %11 ], [ 0, %3 ]
  %13 = phi i64 [ %15, %11 ], [ 12, %3 ]
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 %13
  %15 = add nuw nsw i64 %13, 4
  %16 = load i32, ptr %14, align 4, !tbaa !5
  %17 = add nsw i32 %16, %12
  %18 = icmp samesign ult i64 %13, 24
  br i1 %18, label %11, label %19, !llvm.loop !9

19:                                               ; preds = %11
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %9, i32 noundef %17)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef 7, i64 noundef -7)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 1, i32 noundef 0, i32 noundef 1, i32 noundef 1)
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 36
  br label %24

24:                                               ; preds = %24, %19
  %25 = phi ptr [ %23, %19 ], [ %28, %24 ]
  %26 = phi ptr [ %1, %19 ], [ %27, %24 ]
  %27 = getelementptr inbounds nuw i8, ptr %26, i64 4
  %28 = getelementptr inbounds i8, ptr %25, i64 -4
  %29 = load i32, ptr %26, align 4, !tbaa !5
  %30 = load i32, ptr %25, align 4, !tbaa !5
  store i32 %30, ptr %26, align 4, !tbaa !5
  store i32 %29, ptr %25, align 4, !tbaa !5
  %31 = icmp ult ptr %27, %28
  br i1 %31, label %24, label %54, !llvm.loop !12

32:                                               ; preds = %0, %32
  %33 = phi i64 [ 0, %0 ], [ %37, %32 ]
  %34 = mul nuw nsw i64 %33, %33
  %35 = getelementptr inbounds nuw [10 x i32], ptr %1, i64 0, i64 %33
  %36 = trunc nuw i64 %34 to i32
  store i32 %36, ptr %35, align 4, !tbaa !5
  %37 = add nuw nsw i64 %33, 1
  %38 = icmp eq i64 %37, 10
  br i1 %38, label %3, label %32, !llvm.loop !13

39:                                               ; preds = %54
  %40 = call i32 @putchar(i32 10)
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 8, ptr noundef nonnull getelementptr inbounds nuw (i8, ptr @.str.5, i64 8))
  br label %42

42:                                               ; preds = %46, %39
  %43 = phi i8 [ 112, %39 ], [ %49, %46 ]
  %44 = phi i64 [ 0, %39 ], [ %47, %46 ]
  %45 = icmp ne i8 %43, 122
  br i1 %45, label %46, label %51

46:                                               ; preds = %42
  %47 = add nuw nsw i64 %44, 1
  %48 = getelementptr inbounds nuw i8, ptr @.str.5, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !14
  %50 = icmp eq i64 %47, 12
  br i1 %50, label %51, label %42, !llvm.loop !15

51:                                               ; preds = %42, %46
  %52 = zext i1 %45 to i32
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %52)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %2, i8 0, i64 16, i1 false)
  br label %78

54:                                               ; preds = %24, %54
  %55 = phi i64 [ %59, %54 ], [ 0, %24 ]
  %56 = getelementptr inbounds nuw [10 x i32], ptr %1, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %57)
  %59 = add nuw nsw i64 %55, 1
  %60 = icmp eq i64 %59, 10
  br i1 %60, label %39, label %54, !llvm.loop !16

61:                                               ; preds = %78
  %62 = load i32, ptr %2, align 16, !tbaa !5
  %63 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %66 = load i32, ptr %65, align 8, !tbaa !5
  %67 = getelementptr inbounds nuw i8, ptr %2, i64 12
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %62, i32 noundef %64, i32 noundef %66, i32 noundef %68, i32 noundef 1)
  %70 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef 2)
  %71 = getelementptr inbounds nuw i8, ptr %1, i64 20
  %72 = load i32, ptr %1, align 16, !tbaa !5
  %73 = load i32, ptr %71, align 4, !tbaa !5
  %74 = load i32, ptr %23, align 4, !tbaa !5
  %75 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %72, i32 noundef %73, i32 noundef %74)
  %76 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 15)
  %77 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef 7, i32 noundef %73)
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %1) #5
  ret i32 0

78:                                               ; preds = %51, %78
  %79 = phi i32 [ 1, %51 ], [ %84, %78 ]
  %80 = phi i64 [ 0, %51 ], [ %83, %78 ]
  %81 = getelementptr inbounds nuw i8, ptr %2, i64 %80
  %82 = mul nuw nsw i32 %79, 11
  store i32 %82, ptr %81, align 4, !tbaa !5
  %83 = add nuw nsw i64 %80, 4
  %84 = add nuw nsw i32 %79, 1
  %85 = icmp eq i32 %84, 5
  br i1 %85, label %61, label %78, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
