; ModuleID = 'switch_sparse.c'
source_filename = "switch_sparse.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.probes = private unnamed_addr constant [9 x i32] [i32 -1000, i32 7, i32 8, i32 100, i32 4096, i32 99999, i32 2147483647, i32 0, i32 -1], align 16
@.str = private unnamed_addr constant [15 x i8] c"sparse(%d)=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"fall(%d)=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"hi 2 you\09x9\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"'%c':%s \00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"big(%llx)=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"vowel\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"space\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"digit\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@switch.table.main = private unnamed_addr constant [5 x i32] [i32 101, i32 103, i32 3, i32 7, i32 12], align 4

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [5 x i64], align 16
  br label %2

2:                                                ; preds = %0, %12
  %3 = phi i64 [ 0, %0 ], [ %15, %12 ]
  %4 = getelementptr inbounds nuw [9 x i32], ptr @__const.main.probes, i64 0, i64 %3
  %5 = load i32, ptr %4, align 4, !tbaa !5
  switch i32 %5, label %11 [
    i32 -1000, label %12
    i32 7, label %6
    i32 100, label %7
    i32 4096, label %8
    i32 99999, label %9
    i32 2147483647, label %10
  ]

6:                                                ; preds = %2
  br label %12

7:                                                ; preds = %2
  br label %12

8:                                                ; preds = %2
  br label %12

9:                                                ; preds = %2
  br label %12

10:                                               ; preds = %2
  br label %12

11:                                               ; preds = %2
  br label %12

12:                                               ; preds = %2, %6, %7, %8, %9, %10, %11
  %13 = phi i32 [ 0, %11 ], [ 2, %6 ], [ 3, %7 ], [ 4, %8 ], [ 5, %9 ], [ 6, %10 ], [ 1, %2 ]
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %5, i32 noundef %13)
  %15 = add nuw nsw i64 %3, 1
  %16 = icmp eq i64 %15, 9
  br i1 %16, label %17, label %2, !llvm.loop !9

17:                                               ; preds = %12, %25
  %18 = phi i32 [ %28, %25 ], [ 0, %12 ]
  %19 = add nsw i32 %18, -1
  %20 = icmp ult i32 %19, 5
  br i1 %20, label %21, label %25

21:                                               ; preds = %17
  %22 = zext nneg i32 %19 to i64
  %23 = getelementptr inbounds nuw [5 x i32], ptr @switch.table.main, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4
  br label %25

25:                                               ; preds = %17, %21
  %26 = phi i32 [ %24, %21 ], [ 100, %17 ]
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %18, i32 noundef %26)
  %28 = add nuw nsw i32 %18, 1
  %29 = icmp eq i32 %28, 7
  br i1 %29, label %30, label %17, !llvm.loop !12

30:                                               ; preds = %25, %46
  %31 = phi ptr [ %49, %46 ], [ @.str.2, %25 ]
  %32 = load i8, ptr %31, align 1, !tbaa !13
  switch i8 %32, label %39 [
    i8 0, label %33
    i8 9, label %41
  ]

33:                                               ; preds = %30
  %34 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  store i64 4294967296, ptr %1, align 16
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store i64 -1, ptr %35, align 8
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store i64 42, ptr %36, align 16
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store i64 -9223372036854775808, ptr %37, align 8
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store i64 43, ptr %38, align 16
  br label %51

39:                                               ; preds = %30
  %40 = sext i8 %32 to i32
  br label %41

41:                                               ; preds = %30, %39
  %42 = phi i32 [ %40, %39 ], [ 84, %30 ]
  switch i8 %32, label %45 [
    i8 97, label %46
    i8 101, label %46
    i8 105, label %46
    i8 111, label %46
    i8 117, label %46
    i8 32, label %43
    i8 9, label %43
    i8 48, label %44
    i8 49, label %44
    i8 50, label %44
    i8 51, label %44
    i8 52, label %44
    i8 53, label %44
    i8 54, label %44
    i8 55, label %44
    i8 56, label %44
    i8 57, label %44
  ]

43:                                               ; preds = %41, %41
  br label %46

44:                                               ; preds = %41, %41, %41, %41, %41, %41, %41, %41, %41, %41
  br label %46

45:                                               ; preds = %41
  br label %46

46:                                               ; preds = %41, %41, %41, %41, %41, %43, %44, %45
  %47 = phi ptr [ @.str.9, %45 ], [ @.str.7, %43 ], [ @.str.8, %44 ], [ @.str.6, %41 ], [ @.str.6, %41 ], [ @.str.6, %41 ], [ @.str.6, %41 ], [ @.str.6, %41 ]
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %42, ptr noundef nonnull %47)
  %49 = getelementptr inbounds nuw i8, ptr %31, i64 1
  br label %30, !llvm.loop !14

50:                                               ; preds = %59
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %1) #5
  ret i32 0

51:                                               ; preds = %33, %59
  %52 = phi i64 [ 0, %33 ], [ %62, %59 ]
  %53 = getelementptr inbounds nuw [5 x i64], ptr %1, i64 0, i64 %52
  %54 = load i64, ptr %53, align 8, !tbaa !15
  switch i64 %54, label %58 [
    i64 4294967296, label %59
    i64 -1, label %55
    i64 42, label %56
    i64 -9223372036854775808, label %57
  ]

55:                                               ; preds = %51
  br label %59

56:                                               ; preds = %51
  br label %59

57:                                               ; preds = %51
  br label %59

58:                                               ; preds = %51
  br label %59

59:                                               ; preds = %51, %55, %56, %57, %58
  %60 = phi i32 [ -1, %58 ], [ 2, %55 ], [ 3, %56 ], [ 4, %57 ], [ 1, %51 ]
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %54, i32 noundef %60)
  %62 = add nuw nsw i64 %52, 1
  %63 = icmp eq i64 %62, 5
  br i1 %63, label %50, label %51, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr captures(none)) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr captures(none)) #1

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
!13 = !{!7, !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = !{!16, !16, i64 0}
!16 = !{!"long long", !7, i64 0}
!17 = distinct !{!17, !10, !11}
